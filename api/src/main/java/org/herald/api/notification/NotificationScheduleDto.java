package org.herald.api.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recurring notification run: the type run {@code DAILY}, {@code WEEKLY} (on {@code dayOfWeek})
 * or {@code MONTHLY} (on {@code dayOfMonth}, 1 to 28) at {@code time} in {@code timeZone}.
 */
@Schema(name = "NotificationSchedule")
public record NotificationScheduleDto(
    @Schema(readOnly = true, maxLength = 20, example = "NS000001") String number,
    @Schema(required = true, maxLength = 50, example = "AR_OUTSTANDING") String notificationType,
    @Schema(required = true, maxLength = 20, description = "DAILY, WEEKLY or MONTHLY")
        String frequency,
    @Schema(required = true, maxLength = 5, description = "Local time, HH:mm", example = "09:00")
        String time,
    @Schema(required = true, maxLength = 50, example = "Europe/Athens") String timeZone,
    @Schema(maxLength = 10, description = "For WEEKLY: MONDAY … SUNDAY") String dayOfWeek,
    @Schema(description = "For MONTHLY: 1 to 28") Integer dayOfMonth,
    @Schema(
            readOnly = true,
            type = SchemaType.STRING,
            format = "date-time",
            description = "When it next starts a run")
        Instant nextRunAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt) {}
