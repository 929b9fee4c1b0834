package org.herald.externalsystem;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.api.QueueState;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.queue.ExternalQueueFilter;
import org.herald.queue.QueueEntry;
import org.herald.queue.QueueRepository;

/**
 * An external system's view of the communication queue: only its own entries, never expired ones.
 * Another system's entry is answered as unknown, so its existence does not leak.
 */
@Stateless
public class ExternalQueue {

  @Inject QueueRepository entries;

  public ResultPage<QueueEntry> list(
      ExternalSystem system, ExternalQueueFilter filter, PageRequest page) {
    return entries.listForSystem(system.getId(), filter, Instant.now(), page);
  }

  public QueueEntry get(ExternalSystem system, String communicationNumber) {
    return entries
        .findForSystem(system.getId(), communicationNumber, Instant.now())
        .orElseThrow(() -> new UnknownResourceException("queue entry", communicationNumber));
  }

  /** Records the system's report on one of its entries (see {@link QueueEntry#report}). */
  public QueueEntry report(
      ExternalSystem system,
      String communicationNumber,
      QueueState state,
      String code,
      String reason) {
    Violations violations = new Violations();
    if (state == QueueState.REJECTED && (code == null || code.isBlank())) {
      violations.add("errorCode", "REQUIRED", "is required to reject");
    }
    violations.maxLength("errorCode", code, 50); // the reason is cut to fit; a code would mislead
    violations.throwIfAny();
    QueueEntry entry = get(system, communicationNumber);
    entry.report(state, code, reason, Instant.now());
    return entry;
  }
}
