package org.herald.api.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts a run of a notification type now, or once at {@code scheduledFor}. */
@Schema(name = "NewNotificationRun")
public record NewNotificationRunDto(
    @Schema(required = true, maxLength = 50, example = "AR_OUTSTANDING") String notificationType,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            description = "When to start it (in the future); absent: now")
        Instant scheduledFor) {}
