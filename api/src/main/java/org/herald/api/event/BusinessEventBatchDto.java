package org.herald.api.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 1,000 business events, accepted together or refused together. */
@Schema(name = "BusinessEventBatch")
public record BusinessEventBatchDto(@Schema(required = true) List<BusinessEventDto> items) {}
