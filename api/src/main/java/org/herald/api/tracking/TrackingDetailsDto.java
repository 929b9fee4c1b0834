package org.herald.api.tracking;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seed's Tracking Details of an email: whether and when it was viewed, and its clicks. */
@Schema(name = "TrackingDetails")
public record TrackingDetailsDto(
    @Schema(required = true, description = "Whether the recipient loaded the open pixel")
        boolean viewed,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant firstViewedAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant lastViewedAt,
    @Schema(required = true, description = "How many times the open pixel was loaded") long views,
    @Schema(required = true, description = "Each link clicked at least once, by URL")
        List<TrackedLinkDto> links) {}
