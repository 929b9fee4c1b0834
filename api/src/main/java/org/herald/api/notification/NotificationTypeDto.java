package org.herald.api.notification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.event.ConditionDto;

/**
 * A notification type: what its runs send, to whom and through which integration. {@code code} is
 * its key; {@code topic} (the seed's notification information) is offered by {@code classification}
 * and fixes the item entity; both are fixed once it exists.
 */
@Schema(name = "NotificationType")
public record NotificationTypeDto(
    @Schema(
            required = true,
            maxLength = 50,
            pattern = "[A-Z0-9_]{1,50}",
            example = "AR_OUTSTANDING")
        String code,
    @Schema(required = true, maxLength = 200, example = "Outstanding amount reminder") String name,
    @Schema(
            required = true,
            maxLength = 30,
            description = "CUSTOMER_CARE, FINANCIAL or REWARD",
            example = "FINANCIAL")
        String classification,
    @Schema(
            required = true,
            maxLength = 50,
            description =
                "The notification information, one the classification offers:"
                    + " ACCOUNTS_RECEIVABLE_STATE, BILL_SENDING (FINANCIAL),"
                    + " SUBSCRIPTION_INFORMATION (CUSTOMER_CARE), REWARD_OFFER_INFORMATION"
                    + " (REWARD)",
            example = "ACCOUNTS_RECEIVABLE_STATE")
        String topic,
    @Schema(
            readOnly = true,
            maxLength = 50,
            description =
                "The entity type of the runs' items, given by the topic: accounts_receivable,"
                    + " bill, subscription, reward_eligibility",
            example = "accounts_receivable")
        String itemType,
    @Schema(
            required = true,
            description =
                "Codes of effective notification templates for the item type, one per medium"
                    + " (e.g. an email and an SMS one)",
            example = "[\"AR_STATE_EMAIL\"]")
        List<String> templates,
    @Schema(
            maxLength = 50,
            description =
                "The one integration: the code of an external system that delivers every"
                    + " template's medium; absent: Herald's SMTP and SMPP")
        String externalSystem,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            description =
                "When the runs' communications and queue entries expire (a campaign's end)")
        Instant expiresAt,
    @Schema(
            maxLength = 50,
            description =
                "Or how long after it is made each communication expires (ISO-8601, e.g. P3D);"
                    + " neither: herald.queue.default-expiry",
            example = "P3D")
        String expiresAfter,
    @Schema(
            maxLength = 30,
            description =
                "Apply contact information data protection: DIRECT_MARKETING or"
                    + " AFFILIATE_MARKETING skips (and counts) contacts not opted in to that"
                    + " list; absent: off, every contact is sent")
        String dataProtection,
    @Schema(
            description =
                "Conditions over the item (paths start with the item type and may follow its"
                    + " references, e.g. accounts_receivable.contact.opt_in_direct_marketing):"
                    + " every one must hold for an item to be notified; dates relative to the"
                    + " run's day (today-1)")
        List<ConditionDto> conditions,
    @Schema(
            description =
                "Segment codes: the item must be in at least one, through its contact (a segment"
                    + " of contacts), itself, or a record on its way to the contact (a segment of"
                    + " that entity type, e.g. accounts_receivable for BILL_SENDING,"
                    + " rewards_participant for REWARD_OFFER_INFORMATION)",
            example = "[\"SUBSCRIBERS\"]")
        List<String> segments,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
