package org.herald.api.event;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A segment: by {@code CONDITIONS} (contacts for whom at least one holds, over the contact and the
 * entities that belong to it) or {@code STATIC} (contacts added by hand or imported). {@code code}
 * is its key; {@code kind} and {@code entityType} are fixed once it is made. A segment of another
 * entity type lists that type's records instead, its conditions over the record.
 */
@Schema(name = "Segment")
public record SegmentDto(
    @Schema(required = true, maxLength = 50, pattern = "[A-Z0-9_]{1,50}", example = "SUBSCRIBERS")
        String code,
    @Schema(required = true, maxLength = 200, example = "Subscribers with a balance") String name,
    @Schema(description = "CONDITIONS (default) or STATIC", maxLength = 20) String kind,
    @Schema(
            description =
                "The entity type of its members, fixed once it is made: contact_information"
                    + " (default: contacts) or a referring entity type (accounts_receivable,"
                    + " rewards_participant, a notification type's items...), whose records it"
                    + " then lists by number",
            maxLength = 50,
            example = "contact_information")
        String entityType,
    List<ConditionDto> conditions,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
