package org.herald.web.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The last resort: a concurrent update (an optimistic lock, or a unique key taken by a parallel
 * request) is a 409; anything else is logged under an incident id and answered as a 500 problem
 * that reveals nothing internal.
 */
@Provider
public class UnexpectedFaultMapper implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG = System.getLogger(UnexpectedFaultMapper.class.getName());

  /** SQLState of a unique-constraint violation, in PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

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
      if (c instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        // Two requests with one Idempotency-Key at once: one wins, the other may simply retry.
        return Problems.of(
            409,
            "concurrent-update",
            "Concurrent update",
            "A concurrent request created the same resource; retry to read it",
            null);
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(System.Logger.Level.ERROR, "Unexpected fault, incident " + incident, e);
    return Problems.of(
        500, "internal-error", "Internal error", "Incident " + incident + " was logged", null);
  }
}
