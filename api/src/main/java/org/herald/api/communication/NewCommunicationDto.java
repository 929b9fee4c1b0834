package org.herald.api.communication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.entity.EntityReferenceDto;

/**
 * A manual communication to create, or a draft's new content: saved as a draft, or completed (and
 * so sent).
 */
@Schema(name = "NewCommunication")
public record NewCommunicationDto(
    @Schema(
            description =
                "Contact number; required unless referringTo names the communication followed up",
            maxLength = 20,
            example = "CT000001")
        String contact,
    @Schema(
            description = "Number of the completed communication this one follows up",
            maxLength = 20,
            example = "CM000001")
        String referringTo,
    @Schema(
            maxLength = 20,
            enumeration = {"INCOMING", "OUTGOING"},
            defaultValue = "OUTGOING")
        String direction,
    @Schema(
            description = "Required unless the template gives it",
            maxLength = 20,
            enumeration = {"EMAIL", "SMS", "PUSH", "PHONE", "LETTER", "FACE_TO_FACE"},
            example = "EMAIL")
        String medium,
    @Schema(description = "Category code", maxLength = 50, example = "BILLING") String category,
    @Schema(description = "Required for email", maxLength = 1000, example = "Your bill is ready")
        String subject,
    @Schema(
            description = "Required unless the template gives it",
            maxLength = 100000,
            extensions = @Extension(name = "x-multiline", value = "true"),
            example = "Dear Maria, your bill of 42.00 is ready.")
        String content,
    @Schema(
            description =
                "Email address or E.164 number to deliver to; default: the contact's primary one",
            maxLength = 320)
        String recipient,
    @Schema(
            description =
                "Code of the external system that delivers it (one that supports the medium);"
                    + " default: Herald itself",
            maxLength = 50,
            example = "PORTAL")
        String processedBy,
    @Schema(
            description = "Delivery deadline; default: now + herald.queue.default-expiry",
            type = SchemaType.STRING,
            format = "date-time")
        Instant expiresAt,
    @Schema(description = "Save as draft instead of completing (sending)", defaultValue = "false")
        boolean draft,
    @Schema(description = "The referring entities it refers to, whose tags its content may use")
        List<EntityReferenceDto> referringEntities,
    @Schema(
            description =
                "Code of the template it is made from: medium, direction, category, processing"
                    + " system, subject and content default to the template's, in the contact's"
                    + " preferred language (else the template's default)",
            maxLength = 50,
            example = "PAYMENT_RECEIPT")
        String template,
    @Schema(
            description = "ISO 639-1; default: the contact's preferred language",
            maxLength = 2,
            example = "en")
        String language,
    @Schema(
            maxLength = 30,
            enumeration = {
              "CUSTOMER_CARE",
              "FINANCIAL",
              "REWARD",
              "DIRECT_MARKETING",
              "AFFILIATE_MARKETING"
            },
            description =
                "Marketing ones need the contact's opt-in to that list (else OPTED_OUT, unless"
                    + " overridePreferences) and, as email, carry a one-click unsubscribe;"
                    + " financial ones never")
        String classification,
    @Schema(
            description = "Values of the #unrestricted.<name> tags in subject and content, by name",
            example = "{\"offer\": \"20% off\"}")
        Map<String, String> unrestricted,
    @Schema(
            description =
                "Send a DIRECT_MARKETING or AFFILIATE_MARKETING communication to a contact who has"
                    + " not opted in to that list (the seed's override for important"
                    + " communications; recorded on it). Without it such a send is refused with"
                    + " OPTED_OUT. Financial, customer care and reward ones are never blocked")
        Boolean overridePreferences) {}
