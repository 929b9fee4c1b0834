package org.herald.api.template;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template's subject and body in one language, with #tags. */
@Schema(name = "TemplateContent")
public record TemplateContentDto(
    @Schema(
            description = "Required for email; at most 1000 characters",
            example = "Payment #payment.number received")
        String subject,
    @Schema(required = true, example = "Dear #payment.accounts_receivable.name, …") String body) {}
