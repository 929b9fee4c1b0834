package org.herald.api.template;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A template rendered for one contact; values HTML-escaped in an email's body, else as they are.
 */
@Schema(name = "Preview")
public record PreviewDto(@Schema(example = "en") String language, String subject, String body) {}
