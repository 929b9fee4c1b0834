package org.herald.api.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notification run (of a notification type, or of a communication plan: then its items are the
 * plan's contacts) with its counts as it goes: {@code candidates} items read; per item and template
 * {@code created}, {@code skippedConsent} (data protection), {@code skippedNoAddress} (no contact,
 * or no address for the medium) or {@code failed} (refused by the sending rules); and what the
 * queue has made of those created since.
 */
@Schema(name = "NotificationRun")
public record NotificationRunDto(
    @Schema(readOnly = true, maxLength = 20, example = "NR000001") String number,
    @Schema(
            readOnly = true,
            maxLength = 50,
            description = "The notification type it sends; absent for a communication plan's run",
            example = "AR_OUTSTANDING")
        String notificationType,
    @Schema(
            readOnly = true,
            maxLength = 50,
            description = "The communication plan it sends; absent for a notification type's run")
        String communicationPlan,
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
    @Schema(
            readOnly = true,
            description =
                "Whether it sent whatever the contacts' preferences (a communication plan's"
                    + " override): no contact was skipped by consent, and each communication"
                    + " records overridePreferences")
        boolean overridePreferences,
    @Schema(readOnly = true) NotificationRunDeliveryDto delivery,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt) {}
