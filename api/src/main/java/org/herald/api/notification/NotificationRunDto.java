package org.herald.api.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notification run with its counts as it goes: {@code candidates} items read; per item and
 * template {@code created}, {@code skippedConsent} (data protection), {@code skippedNoAddress} (no
 * contact, or no address for the medium) or {@code failed} (refused by the sending rules); and what
 * the queue has made of those created since.
 */
@Schema(name = "NotificationRun")
public record NotificationRunDto(
    @Schema(readOnly = true, maxLength = 20, example = "NR000001") String number,
    @Schema(required = true, maxLength = 50, example = "AR_OUTSTANDING") String notificationType,
    @Schema(
            readOnly = true,
            maxLength = 20,
            description = "SCHEDULED, RUNNING, PAUSED, COMPLETED, FAILED or CANCELLED")
        String state,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant scheduledFor,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant startedAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant finishedAt,
    @Schema(readOnly = true) long candidates,
    @Schema(readOnly = true) long created,
    @Schema(readOnly = true) long skippedConsent,
    @Schema(readOnly = true) long skippedNoAddress,
    @Schema(readOnly = true) long failed,
    @Schema(
            readOnly = true,
            maxLength = 500,
            description =
                "Why the run is FAILED: its job could not start, or stopped on a fault (resume it)")
        String failureReason,
    @Schema(readOnly = true) NotificationRunDeliveryDto delivery,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt) {}
