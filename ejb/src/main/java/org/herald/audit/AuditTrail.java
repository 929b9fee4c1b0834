package org.herald.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * Records changes in the caller's transaction, so an entry exists exactly when its change does. The
 * actor is the portal user the container knows as the caller; a request without one came through
 * the REST API's bearer key (or a start-up task) and is recorded as such.
 */
@Stateless
public class AuditTrail {

  /** How the trail names the settings; each panel is a key (general, dynamic-links, tracking). */
  public static final String SETTINGS = "settings";

  /** The actor of changes made without a logged-in portal user. */
  public static final String API = "REST API or system";

  /** The container's name for a caller who has not logged in (Payara, GlassFish). */
  private static final String ANONYMOUS = "ANONYMOUS";

  private static final int MAX_ACTION = 300;

  @PersistenceContext private EntityManager em;
  @Resource SessionContext context;

  public void record(String subjectType, String subjectKey, String action) {
    String text = action.length() > MAX_ACTION ? action.substring(0, MAX_ACTION - 1) + "…" : action;
    em.persist(new AuditEntry(Instant.now(), actor(), subjectType, subjectKey, text));
  }

  /** A thing's changes, newest first. */
  public List<AuditEntry> of(String subjectType, String subjectKey) {
    return em.createNamedQuery("AuditEntry.of", AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("key", subjectKey)
        .setMaxResults(100)
        .getResultList();
  }

  private String actor() {
    Principal caller = context.getCallerPrincipal();
    if (caller == null || caller.getName() == null || ANONYMOUS.equals(caller.getName())) {
      return API;
    }
    return caller.getName();
  }
}
