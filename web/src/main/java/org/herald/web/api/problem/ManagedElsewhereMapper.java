package org.herald.web.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.herald.error.ManagedElsewhereException;

@Provider
public class ManagedElsewhereMapper implements ExceptionMapper<ManagedElsewhereException> {

  @Override
  public Response toResponse(ManagedElsewhereException e) {
    return Response.fromResponse(
            Problems.of(405, "method-not-allowed", "Method not allowed", e.getMessage(), null))
        .header(HttpHeaders.ALLOW, "GET")
        .build();
  }
}
