package org.herald.api.template;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template rendered for one contact; values HTML-escaped for email, as they are otherwise. */
@Schema(name = "Preview")
public record PreviewDto(@Schema(example = "en") String language, String subject, String body) {}
