package org.herald.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input value: {@code field} is a JSON path such as {@code emails[1].address}. */
@Schema(name = "FieldError")
public record FieldError(
    @Schema(example = "emails[1].address") String field,
    @Schema(example = "INVALID_EMAIL") String code,
    @Schema(example = "is not a valid email address") String message) {}
