package org.herald.api.template;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template's subject and body in one language, with #tags. */
@Schema(name = "TemplateContent")
public record TemplateContentDto(
    @Schema(
            description = "Required for email",
            maxLength = 1000,
            example = "Payment #payment.number received")
        String subject,
    @Schema(
            required = true,
            maxLength = 100000,
            extensions = @Extension(name = "x-multiline", value = "true"),
            example = "Dear #payment.accounts_receivable.name, …")
        String body) {}
