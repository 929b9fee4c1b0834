package org.herald.api.communication;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Many communications in one request (a CRM's bulk send): each item as {@code POST /communications}
 * takes it, with its own {@code idempotencyKey}. At most 500 items.
 */
@Schema(name = "CommunicationBatch")
public record CommunicationBatchDto(
    @Schema(required = true, minItems = 1, maxItems = 500) List<CommunicationBatchItemDto> items) {}
