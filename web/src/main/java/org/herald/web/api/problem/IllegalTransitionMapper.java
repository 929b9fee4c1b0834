package org.herald.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.herald.error.IllegalTransitionException;

@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

  @Override
  public Response toResponse(IllegalTransitionException e) {
    return Problems.of(409, "illegal-transition", "Illegal transition", e.getMessage(), null);
  }
}
