package org.herald.api.communication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One communication of a batch, with the idempotency key that a single create takes as header. */
@Schema(name = "CommunicationBatchItem")
public record CommunicationBatchItemDto(
    @Schema(
            maxLength = 200,
            description =
                "As the Idempotency-Key header of POST /communications: the same item again"
                    + " answers what it made, this key with another item is refused")
        String idempotencyKey,
    @Schema(required = true) NewCommunicationDto communication) {}
