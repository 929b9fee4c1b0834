package org.herald.web.api.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.herald.api.QueueState;
import org.herald.api.externalsystem.QueueStateBatchDto;
import org.herald.api.externalsystem.QueueStateBatchItemDto;
import org.herald.api.externalsystem.QueueStateBatchResultDto;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalQueue;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.QueueReport;
import org.herald.web.api.RequestBody;

/**
 * Maps a batch of state reports to the queue and each outcome back, answered as the single report
 * would be, its fields named under the item ({@code items[3].errorCode}).
 */
@ApplicationScoped
public class QueueStateBatches {

  @Inject ExternalQueue queue;

  QueueStateBatchResultDto report(ExternalSystem system, QueueStateBatchDto batch) {
    RequestBody.require(batch);
    List<QueueStateBatchItemDto> items = batch.items();
    if (items == null || items.isEmpty() || items.size() > ExternalQueue.MAX_REPORTS) {
      throw InvalidInputException.of(
          "items", "OUT_OF_RANGE", "must hold 1 to " + ExternalQueue.MAX_REPORTS + " reports");
    }
    // A null item is a malformed batch, not a report to answer: refuse it all, change nothing.
    Violations missing = new Violations();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        missing.add("items[" + i + "]", "REQUIRED", "is required");
      }
    }
    missing.throwIfAny();
    QueueStateBatchResultDto.Item[] answers = new QueueStateBatchResultDto.Item[items.size()];
    List<QueueReport> valid = new ArrayList<>();
    List<Integer> validAt = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      QueueStateBatchItemDto item = items.get(i);
      Violations violations = new Violations();
      QueueReport report =
          report(
              violations,
              "items[" + i + "].",
              item.communication(),
              item.state(),
              item.errorCode(),
              item.errorReason());
      if (violations.isEmpty()) {
        valid.add(report);
        validAt.add(i);
      } else {
        answers[i] = answer(i, 422, violations.errors());
      }
    }
    List<QueueReport.Outcome> outcomes = queue.reportAll(system, valid);
    for (int j = 0; j < outcomes.size(); j++) {
      answers[validAt.get(j)] = answer(validAt.get(j), outcomes.get(j));
    }
    return new QueueStateBatchResultDto(List.of(answers));
  }

  /**
   * A report from its REST form, its parse errors recorded under {@code prefix} (the single PUT's
   * fields have none, a batch item's are {@code items[i].}); the queue checks the rest.
   */
  static QueueReport report(
      Violations violations,
      String prefix,
      String communication,
      String state,
      String errorCode,
      String errorReason) {
    violations.require(prefix + "communication", communication);
    violations.require(prefix + "state", state);
    QueueState parsed = violations.enumValue(prefix + "state", QueueState.class, state);
    return new QueueReport(communication, parsed, errorCode, errorReason);
  }

  private static QueueStateBatchResultDto.Item answer(int index, QueueReport.Outcome outcome) {
    String at = "items[" + index + "].";
    return switch (outcome.result()) {
      case REPORTED ->
          new QueueStateBatchResultDto.Item(
              index, 200, ExternalQueueResource.toDto(outcome.entry()), List.of());
      case UNKNOWN ->
          answer(
              index,
              404,
              List.of(new FieldError(at + "communication", "NOT_FOUND", outcome.detail())));
      case ILLEGAL_TRANSITION ->
          answer(
              index,
              409,
              List.of(new FieldError(at + "state", "ILLEGAL_TRANSITION", outcome.detail())));
      case INVALID ->
          answer(
              index,
              422,
              outcome.faults().stream()
                  .map(fault -> new FieldError(at + fault.field(), fault.code(), fault.message()))
                  .toList());
    };
  }

  private static QueueStateBatchResultDto.Item answer(
      int index, int status, List<FieldError> errors) {
    return new QueueStateBatchResultDto.Item(index, status, null, errors);
  }
}
