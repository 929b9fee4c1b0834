package org.herald.api.externalsystem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many state reports in one request (a page of the queue processed): 1 to 500 items. */
@Schema(name = "QueueStateBatch")
public record QueueStateBatchDto(
    @Schema(required = true, minItems = 1, maxItems = 500) List<QueueStateBatchItemDto> items) {}
