package org.herald.api.event;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An automation (the seed's event based communication). {@code code} is its key (set on POST, then
 * fixed). At least one of {@code emailTemplate} and {@code smsTemplate}; at least one condition
 * must hold, if any are given; the contact must be in one of the segments, if any are given.
 */
@Schema(name = "Automation")
public record AutomationDto(
    @Schema(
            required = true,
            maxLength = 50,
            pattern = "[A-Z0-9_]{1,50}",
            example = "PAYMENT_RECEIPT")
        String code,
    @Schema(required = true, maxLength = 200, example = "Payment receipt") String name,
    @Schema(required = true, maxLength = 100, example = "payment.posted") String eventType,
    @Schema(description = "An EMAIL template's code", maxLength = 50) String emailTemplate,
    @Schema(description = "An SMS template's code", maxLength = 50) String smsTemplate,
    @Schema(
            description =
                "ALL (every address of the medium), PRIMARY (default) or an address type (WORK,"
                    + " PERSONAL, MOBILE, HOME, …)",
            maxLength = 20,
            example = "PRIMARY")
        String sendTo,
    @Schema(
            description =
                "Send to the accounts receivable's presentment email or phone, when it has one")
        Boolean considerPresentmentPreferences,
    @Schema(description = "Segment codes", example = "[\"SUBSCRIBERS\"]") List<String> segments,
    List<ConditionDto> conditions,
    @Schema(
            description =
                "CUSTOMER_CARE (default), FINANCIAL, REWARD, DIRECT_MARKETING, AFFILIATE_MARKETING",
            maxLength = 30)
        String classification,
    @Schema(description = "Send marketing to contacts who have not opted in (recorded)")
        Boolean overridePreferences,
    @Schema(description = "Whether it applies to events; true when absent") Boolean effective,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
