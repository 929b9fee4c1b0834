package org.herald.web.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;

/**
 * The last resort: a concurrent update is a 409; anything else is logged under an incident id and
 * answered as a 500 problem that reveals nothing internal.
 */
@Provider
public class UnexpectedFaultMapper implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG = System.getLogger(UnexpectedFaultMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OptimisticLockException) {
        return Problems.of(
            409,
            "concurrent-update",
            "Concurrent update",
            "The resource was changed by another request; read it again and retry",
            null);
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(System.Logger.Level.ERROR, "Unexpected fault, incident " + incident, e);
    return Problems.of(
        500, "internal-error", "Internal error", "Incident " + incident + " was logged", null);
  }
}
