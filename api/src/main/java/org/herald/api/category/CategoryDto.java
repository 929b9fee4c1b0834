package org.herald.api.category;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A communication category; {@code code} is its key and cannot change. */
@Schema(name = "Category")
public record CategoryDto(
    @Schema(required = true, maxLength = 50, pattern = "[A-Z0-9_]{1,50}", example = "COMPLAINT")
        String code,
    @Schema(required = true, maxLength = 200, example = "Customer complaint") String name,
    @Schema(
            maxLength = 1000,
            extensions = @Extension(name = "x-multiline", value = "true"),
            example = "Complaints and support issues")
        String description) {}
