package org.herald.api.tracking;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clicks of one tracked link of an email. */
@Schema(name = "TrackedLink")
public record TrackedLinkDto(
    @Schema(required = true, example = "https://example.com/offers") String url,
    @Schema(required = true) long clicks,
    @Schema(required = true, type = SchemaType.STRING, format = "date-time") Instant firstClickedAt,
    @Schema(required = true, type = SchemaType.STRING, format = "date-time")
        Instant lastClickedAt) {}
