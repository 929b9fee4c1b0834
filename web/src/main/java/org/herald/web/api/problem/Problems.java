package org.herald.web.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.herald.api.problem.FieldError;
import org.herald.api.problem.Problem;

/** Builds problem+json responses. */
public final class Problems {

  private Problems() {}

  public static Response of(
      int status, String code, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                Problem.type(code), title, status, detail, errors == null ? List.of() : errors))
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
