package org.herald.api.communication;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of each item of a batch, in the request's order. */
@Schema(name = "CommunicationBatchResult")
public record CommunicationBatchResultDto(List<Item> items) {

  /**
   * One item's outcome: {@code status} 201 (created), 200 (made earlier under its key) or 422
   * (refused, nothing stored; {@code errors} name fields as {@code
   * items[i].communication.contact}).
   */
  @Schema(name = "CommunicationBatchResultItem")
  public record Item(
      int index,
      @Schema(enumeration = {"200", "201", "422"}) int status,
      @Schema(example = "CM000001") String number,
      List<org.herald.api.problem.FieldError> errors) {}
}
