package org.herald.web.api.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.herald.api.communication.CommunicationBatchDto;
import org.herald.api.communication.CommunicationBatchItemDto;
import org.herald.api.communication.CommunicationBatchResultDto;
import org.herald.api.problem.FieldError;
import org.herald.communication.CommunicationService;
import org.herald.error.InvalidInputException;
import org.herald.idempotency.IdempotentRequest;
import org.herald.web.api.IdempotencyKey;
import org.herald.web.api.RequestBody;

/**
 * Maps a batch of communications to the service and its outcomes back, each item's errors named
 * under its own path ({@code items[3].communication.contact}, {@code items[3].idempotencyKey}).
 */
@ApplicationScoped
public class CommunicationBatches {

  static final int MAX_ITEMS = 500;

  @Inject CommunicationService communications;
  @Inject CommunicationAssembler assembler;

  CommunicationBatchResultDto create(CommunicationBatchDto batch) {
    RequestBody.require(batch);
    List<CommunicationBatchItemDto> items = batch.items();
    if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
      throw InvalidInputException.of(
          "items", "OUT_OF_RANGE", "must hold 1 to " + MAX_ITEMS + " communications");
    }
    CommunicationBatchResultDto.Item[] answers = new CommunicationBatchResultDto.Item[items.size()];
    List<CommunicationService.BatchItem> valid = new ArrayList<>();
    List<Integer> validAt = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      CommunicationBatchItemDto item = items.get(i);
      try {
        if (item.communication() == null) { // null items never pass the strict reader
          answers[i] = refused(i, List.of(new FieldError(null, "REQUIRED", "is required")));
          continue;
        }
        valid.add(
            new CommunicationService.BatchItem(
                assembler.toNew(item.communication()),
                IdempotencyKey.check(item.idempotencyKey())));
        validAt.add(i);
      } catch (InvalidInputException refused) {
        answers[i] = refused(i, refused.errors());
      }
    }
    List<CommunicationService.BatchOutcome> outcomes = communications.createAll(valid);
    for (int j = 0; j < outcomes.size(); j++) {
      int i = validAt.get(j);
      CommunicationService.BatchOutcome outcome = outcomes.get(j);
      answers[i] =
          outcome.errors().isEmpty()
              ? new CommunicationBatchResultDto.Item(
                  i, outcome.earlier() ? 200 : 201, outcome.communication().getNumber(), List.of())
              : refused(i, outcome.errors());
    }
    return new CommunicationBatchResultDto(List.of(answers));
  }

  private static CommunicationBatchResultDto.Item refused(int index, List<FieldError> errors) {
    return new CommunicationBatchResultDto.Item(
        index, 422, null, errors.stream().map(error -> underItem(index, error)).toList());
  }

  /** An item's field as a path in the batch: the key header becomes the item's key property. */
  private static FieldError underItem(int index, FieldError error) {
    String at = "items[" + index + "].";
    String field;
    if (IdempotentRequest.FIELD.equals(error.field())) {
      field = at + "idempotencyKey";
    } else if (error.field() == null) {
      field = at + "communication";
    } else {
      field = at + "communication." + error.field();
    }
    return new FieldError(field, error.code(), error.message());
  }
}
