package org.herald.web.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method or media type, unreadable body) as problems.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof BadRequestException || hasCause(e, JsonbException.class)) {
      return MalformedBody.response(e);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    Response problem =
        Problems.of(
            status.getStatusCode(),
            status.getReasonPhrase().toLowerCase().replace(' ', '-'),
            status.getReasonPhrase(),
            e.getMessage(),
            null);
    // A 405 says which methods the resource has (RFC 9110): JAX-RS put them on its own answer.
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    return allow == null
        ? problem
        : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
