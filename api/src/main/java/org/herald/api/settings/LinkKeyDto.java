package org.herald.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link signing key, by its id only: the key itself is never shown. */
@Schema(name = "LinkKey")
public record LinkKeyDto(
    @Schema(
            description = "The key's id, which the links it signs carry (8 hex digits)",
            example = "3f9a0c12")
        String id) {}
