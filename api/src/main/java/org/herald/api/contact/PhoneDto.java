package org.herald.api.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phone", description = "One phone number of a contact, in E.164")
public record PhoneDto(
    @Schema(example = "MOBILE") @NotNull String type,
    @Schema(example = "+35799123456") @NotBlank String number,
    @Schema(description = "At most one primary number per contact; the first is primary if none is")
        boolean primary) {}
