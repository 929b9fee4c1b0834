package org.herald.api.externalsystem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.problem.FieldError;

/** What became of each report of a batch, in the request's order. */
@Schema(name = "QueueStateBatchResult")
public record QueueStateBatchResultDto(List<Item> items) {

  /**
   * One report's outcome, as the single {@code PUT …/{communication}/state} would answer it: 200
   * with the entry; 404 no such entry for this system (or expired); 409 its state does not allow
   * it; 422 invalid, with {@code errors} naming {@code items[i].<field>}. Only 200 changed
   * anything.
   */
  @Schema(name = "QueueStateBatchResultItem")
  public record Item(
      int index,
      @Schema(enumeration = {"200", "404", "409", "422"}) int status,
      ExternalQueueEntryDto entry,
      List<FieldError> errors) {}
}
