package org.herald.web.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.herald.api.problem.FieldError;
import org.herald.api.problem.Problem;
import org.herald.web.api.input.Excerpt;

/**
 * Builds problem+json responses. Messages and details quote client input only as short excerpts
 * ({@link Excerpt}), whichever rule wrote them.
 */
public final class Problems {

  private static final int UNPROCESSABLE_CONTENT = 422;

  private Problems() {}

  public static Response of(
      int status, String code, String title, String detail, List<FieldError> errors) {
    return Response.status(status, reasonPhrase(status))
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                Problem.type(code),
                title,
                status,
                Excerpt.ofMessage(detail),
                errors == null
                    ? List.of()
                    : errors.stream()
                        .map(
                            e ->
                                new FieldError(
                                    Excerpt.ofMessage(e.field()),
                                    e.code(),
                                    Excerpt.ofMessage(e.message())))
                        .toList()))
        .build();
  }

  /**
   * The status line's reason: JAX-RS knows none for 422, and the container then wrote {@code 422
   * CUSTOM}; RFC 9110 names it Unprocessable Content.
   */
  static String reasonPhrase(int status) {
    if (status == UNPROCESSABLE_CONTENT) {
      return "Unprocessable Content";
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "Error";
  }

  public static Response invalid(String detail, List<FieldError> errors) {
    return of(UNPROCESSABLE_CONTENT, "invalid-value", "Invalid value", detail, errors);
  }

  public static Response unauthorized(String detail) {
    return Response.fromResponse(of(401, "unauthorized", "Unauthorized", detail, null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"herald\"")
        .build();
  }
}
