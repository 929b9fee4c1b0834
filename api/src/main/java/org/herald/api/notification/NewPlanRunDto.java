package org.herald.api.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sends a communication plan now (no body, or no {@code scheduledFor}) or once at a time. */
@Schema(name = "NewPlanRun")
public record NewPlanRunDto(
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            description = "When to send it (in the future); absent: now")
        Instant scheduledFor) {}
