package org.herald.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.herald.audit.AuditEntry;
import org.herald.audit.AuditTrail;

/** A thing's audit trail, for the history table on its page. */
@Named("history")
@RequestScoped
public class HistoryView {

  @Inject AuditTrail audit;

  /** Newest first. */
  public List<AuditEntry> of(String subjectType, String subjectKey) {
    return subjectKey == null ? List.of() : audit.of(subjectType, subjectKey);
  }
}
