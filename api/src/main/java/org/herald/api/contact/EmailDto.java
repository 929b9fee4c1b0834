package org.herald.api.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Email", description = "One email address of a contact")
public record EmailDto(
    @Schema(
            required = true,
            maxLength = 20,
            enumeration = {"PERSONAL", "WORK", "OTHER"},
            example = "PERSONAL")
        String type,
    @Schema(required = true, maxLength = 320, example = "maria@example.com") String address,
    @Schema(
            description =
                "At most one primary address per contact; the first is primary if none is")
        boolean primary) {}
