package org.herald.api.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phone", description = "One phone number of a contact, in E.164")
public record PhoneDto(
    @Schema(
            required = true,
            maxLength = 20,
            enumeration = {"MOBILE", "HOME", "WORK", "OTHER"},
            example = "MOBILE")
        String type,
    @Schema(required = true, maxLength = 30, example = "+35799123456") String number,
    @Schema(description = "At most one primary number per contact; the first is primary if none is")
        boolean primary) {}
