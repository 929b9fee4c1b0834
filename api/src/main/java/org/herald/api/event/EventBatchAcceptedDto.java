package org.herald.api.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every event of a batch, accepted, in the batch's order. */
@Schema(name = "EventBatchAccepted")
public record EventBatchAcceptedDto(List<EventAcceptedDto> items) {}
