package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business event type of the catalogue, e.g. {@code payment.posted}. */
@Schema(name = "EventType")
public record EventTypeDto(
    @Schema(maxLength = 100, example = "payment.posted") String name,
    @Schema(maxLength = 50, example = "payment") String entityType,
    @Schema(maxLength = 50, example = "posted") String event) {}
