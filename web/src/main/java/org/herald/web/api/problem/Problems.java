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

  private Problems() {}

  public static Response of(
      int status, String code, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
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

  public static Response invalid(String detail, List<FieldError> errors) {
    return of(422, "invalid-value", "Invalid value", detail, errors);
  }

  public static Response unauthorized(String detail) {
    return Response.fromResponse(of(401, "unauthorized", "Unauthorized", detail, null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"herald\"")
        .build();
  }
}
