package org.herald.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.herald.error.UnknownResourceException;

@Provider
public class UnknownResourceMapper implements ExceptionMapper<UnknownResourceException> {

  @Override
  public Response toResponse(UnknownResourceException e) {
    return Problems.of(404, "not-found", "Not found", e.getMessage(), null);
  }
}
