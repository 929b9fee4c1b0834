package org.herald.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.herald.error.UnavailableException;

@Provider
public class UnavailableMapper implements ExceptionMapper<UnavailableException> {

  private static final System.Logger LOG = System.getLogger(UnavailableMapper.class.getName());

  @Override
  public Response toResponse(UnavailableException e) {
    LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
    return Problems.of(503, "unavailable", "Service unavailable", e.getMessage(), null);
  }
}
