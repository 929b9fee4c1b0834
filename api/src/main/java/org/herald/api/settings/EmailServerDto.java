package org.herald.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SMTP server. {@code password} is write-only: omit it to keep the stored one. */
@Schema(name = "EmailServer")
public record EmailServerDto(
    boolean enabled,
    @Schema(maxLength = 255, example = "smtp.example.com") String host,
    @Schema(example = "587") int port,
    @Schema(maxLength = 255) String username,
    @Schema(writeOnly = true, maxLength = 255) String password,
    @Schema(readOnly = true, description = "Whether a password is stored") boolean passwordStored,
    boolean startTls,
    @Schema(maxLength = 320, example = "notifications@example.com") String from) {}
