package org.herald.api.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A communication template. {@code code} is its key (set on POST, then fixed); {@code contents}
 * maps each language (one of herald.languages) to its subject and body, and must include {@code
 * defaultLanguage}, used when a contact's preferred language has no content.
 */
@Schema(name = "Template")
public record TemplateDto(
    @Schema(
            required = true,
            maxLength = 50,
            pattern = "[A-Z0-9_]{1,50}",
            example = "PAYMENT_RECEIPT")
        String code,
    @Schema(required = true, maxLength = 200, example = "Payment Receipt") String name,
    @Schema(required = true, maxLength = 20, example = "EMAIL") String medium,
    @Schema(required = true, maxLength = 20, example = "OUTGOING") String direction,
    @Schema(description = "A category code", maxLength = 50, example = "BILLING") String category,
    @Schema(description = "Entity types whose tags the template uses", example = "[\"payment\"]")
        List<String> referringEntityTypes,
    @Schema(description = "The code of an external system that handles the medium", maxLength = 50)
        String externalSystem,
    @Schema(description = "Whether the template may be used; true when absent") Boolean effective,
    @Schema(
            description = "ISO 639-1; herald.default-language when absent",
            maxLength = 2,
            example = "en")
        String defaultLanguage,
    @Schema(required = true) Map<String, TemplateContentDto> contents,
    @Schema(
            description =
                "For notification runs: the entity type of their items, whose fields the"
                    + " template's #notification.<type>.<field> tags use",
            maxLength = 50,
            example = "accounts_receivable")
        String notificationItem,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
