package org.herald.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.herald.error.InvalidInputException;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException e) {
    return Problems.invalid("The request has invalid values; nothing was stored", e.errors());
  }
}
