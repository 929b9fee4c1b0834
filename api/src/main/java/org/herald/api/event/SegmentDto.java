package org.herald.api.event;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A segment: by {@code CONDITIONS} (contacts for whom at least one holds, over the contact and the
 * entities that belong to it) or {@code STATIC} (contacts added by hand or imported). {@code code}
 * is its key and {@code kind} is fixed once it is made.
 */
@Schema(name = "Segment")
public record SegmentDto(
    @Schema(required = true, maxLength = 50, pattern = "[A-Z0-9_]{1,50}", example = "SUBSCRIBERS")
        String code,
    @Schema(required = true, maxLength = 200, example = "Subscribers with a balance") String name,
    @Schema(description = "CONDITIONS (default) or STATIC", maxLength = 20) String kind,
    List<ConditionDto> conditions,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
