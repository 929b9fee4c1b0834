package org.herald.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Email", description = "One email address of a contact")
public record EmailDto(
    @Schema(example = "PERSONAL") @NotNull String type,
    @Schema(example = "maria@example.com") @NotBlank String address,
    @Schema(
            description =
                "At most one primary address per contact; the first is primary if none is")
        boolean primary) {}
