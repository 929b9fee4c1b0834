package org.herald.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SMSC, reached over SMPP. {@code password} is write-only: omit it to keep the stored one. */
@Schema(name = "SmsServer")
public record SmsServerDto(
    boolean enabled,
    @Schema(maxLength = 255, example = "smsc.example.com") String host,
    @Schema(example = "2775") int port,
    @Schema(maxLength = 15) String systemId,
    @Schema(writeOnly = true, maxLength = 8) String password,
    @Schema(readOnly = true, description = "Whether a password is stored") boolean passwordStored,
    @Schema(maxLength = 20, example = "CompanyZX") String sourceAddress) {}
