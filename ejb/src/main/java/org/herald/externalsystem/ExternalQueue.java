package org.herald.externalsystem;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.api.QueueState;
import org.herald.error.IllegalTransitionException;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.queue.ExternalQueueFilter;
import org.herald.queue.PulledEntries;
import org.herald.queue.PulledEntry;
import org.herald.queue.QueueCursor;
import org.herald.queue.QueueEntry;

/**
 * An external system's view of the communication queue: only its own entries, never expired ones.
 * Another system's entry is answered as unknown, so its existence does not leak. The caller has
 * authenticated the system already: it is passed in, never looked up again.
 */
@Stateless
public class ExternalQueue {

  /** The most reports one call may carry: what one page of the queue can hold. */
  public static final int MAX_REPORTS = 500;

  @Inject PulledEntries entries;

  public PulledEntries.Page list(
      ExternalSystem system,
      ExternalQueueFilter filter,
      QueueCursor after,
      int size,
      boolean withTotal) {
    return entries.page(system.getId(), filter, after, size, withTotal, Instant.now());
  }

  public PulledEntry get(ExternalSystem system, String communicationNumber) {
    return entries
        .find(system.getId(), communicationNumber, Instant.now())
        .orElseThrow(() -> new UnknownResourceException("queue entry", communicationNumber));
  }

  /** Records the system's report on one of its entries (see {@link QueueEntry#report}). */
  public PulledEntry report(ExternalSystem system, QueueReport report) {
    QueueReport.Outcome outcome = reportAll(system, List.of(report)).get(0);
    return switch (outcome.result()) {
      case REPORTED -> outcome.entry();
      case UNKNOWN ->
          throw new UnknownResourceException("queue entry", report.communicationNumber());
      case ILLEGAL_TRANSITION -> throw new IllegalTransitionException(outcome.detail());
      case INVALID -> throw new InvalidInputException(outcome.faults());
    };
  }

  /**
   * Records many reports in one transaction, each answered on its own and in order, as if made one
   * after the other (a report naming an entry twice sees the first's result). The entries are found
   * and locked by one statement whatever their number.
   */
  public List<QueueReport.Outcome> reportAll(ExternalSystem system, List<QueueReport> reports) {
    if (reports.size() > MAX_REPORTS) {
      throw InvalidInputException.of(
          "items", "OUT_OF_RANGE", "must hold 1 to " + MAX_REPORTS + " reports");
    }
    Instant now = Instant.now();
    Set<String> numbers = new LinkedHashSet<>();
    for (QueueReport report : reports) {
      if (report.faults().isEmpty()) {
        numbers.add(report.communicationNumber());
      }
    }
    Map<String, QueueEntry> found =
        entries.lockForReport(system.getId(), numbers, now).stream()
            .collect(Collectors.toMap(QueueEntry::getCommunicationNumber, Function.identity()));
    Set<QueueEntry> changed = new LinkedHashSet<>();
    List<QueueReport.Outcome> outcomes =
        reports.stream().map(report -> apply(report, found, changed, now)).toList();
    entries.saveReports(changed);
    return outcomes;
  }

  private static QueueReport.Outcome apply(
      QueueReport report, Map<String, QueueEntry> found, Set<QueueEntry> changed, Instant now) {
    if (!report.faults().isEmpty()) {
      return QueueReport.Outcome.invalid(report.faults());
    }
    QueueEntry entry = found.get(report.communicationNumber());
    if (entry == null) {
      return QueueReport.Outcome.unknown(report.communicationNumber());
    }
    try {
      QueueState before = entry.getState();
      entry.report(report.state(), report.errorCode(), report.errorReason(), now);
      if (entry.getState() != before) {
        changed.add(entry); // reporting the current state again changes nothing
      }
      return QueueReport.Outcome.reported(entry);
    } catch (IllegalTransitionException refused) {
      // Thrown before the entry changed: the others of the batch go on.
      return QueueReport.Outcome.illegal(refused.getMessage());
    }
  }
}
