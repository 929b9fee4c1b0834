package org.herald.api.externalsystem;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An external system's report on an entry: COMPLETED, REJECTED (with its error code and reason) or
 * COMPLETED_AND_REMOVED (viewed and deleted from the inbox; from PENDING or COMPLETED only).
 */
@Schema(name = "QueueStateChange")
public record QueueStateChangeDto(
    @Schema(
            required = true,
            maxLength = 30,
            enumeration = {"COMPLETED", "REJECTED", "COMPLETED_AND_REMOVED"},
            example = "REJECTED")
        String state,
    @Schema(description = "Required for REJECTED", maxLength = 50, example = "DEVICE_UNREGISTERED")
        String errorCode,
    @Schema(
            maxLength = 1000,
            extensions = @Extension(name = "x-multiline", value = "true"),
            example = "The app was uninstalled")
        String errorReason) {}
