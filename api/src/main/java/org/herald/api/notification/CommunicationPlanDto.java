package org.herald.api.notification;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A communication plan (the seed's business feature): a personalised mass communication (an offer,
 * an announcement) to the contacts of its segments, from a template per medium, through exactly one
 * integration, with the expiry its communications inherit and an explicit override of contact
 * preferences. {@code code} is its key (set on POST, then fixed). Sent by a run, now or at a time.
 */
@Schema(name = "CommunicationPlan")
public record CommunicationPlanDto(
    @Schema(required = true, maxLength = 50, pattern = "[A-Z0-9_]{1,50}", example = "SPRING_OFFER")
        String code,
    @Schema(required = true, maxLength = 200, example = "Spring offer") String name,
    @Schema(
            maxLength = 30,
            description =
                "DIRECT_MARKETING (default) or AFFILIATE_MARKETING: contacts not opted in to that"
                    + " list are skipped and counted; CUSTOMER_CARE, FINANCIAL or REWARD: every"
                    + " contact is sent",
            example = "DIRECT_MARKETING")
        String classification,
    @Schema(
            required = true,
            description =
                "Codes of effective outgoing templates, one per medium (e.g. an email and an SMS"
                    + " one), for the contact alone: no referring entity types, not notification"
                    + " templates",
            example = "[\"SPRING_OFFER_EMAIL\"]")
        List<String> templates,
    @Schema(
            maxLength = 50,
            description =
                "The one integration: the code of an external system that delivers every"
                    + " template's medium; absent: Herald's SMTP and SMPP")
        String externalSystem,
    @Schema(
            required = true,
            description = "Segment codes: the plan goes to the contacts in at least one",
            example = "[\"SUBSCRIBERS\"]")
        List<String> segments,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            description =
                "When its runs' communications and queue entries expire (the offer's end);"
                    + " expired ones are never sent nor served")
        Instant expiresAt,
    @Schema(
            maxLength = 50,
            description =
                "Or how long after it is made each communication expires (ISO-8601, e.g. P3D);"
                    + " neither: herald.queue.default-expiry",
            example = "P3D")
        String expiresAfter,
    @Schema(
            description =
                "Override contact preferences (the seed's override for important"
                    + " communications): a marketing plan then reaches contacts not opted in, and"
                    + " its runs and communications record the override; absent: false")
        Boolean overridePreferences,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
