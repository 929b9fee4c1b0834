package org.herald.api.externalsystem;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One report of a batch: the entry's communication and its new state, as the single PUT takes. */
@Schema(name = "QueueStateBatchItem")
public record QueueStateBatchItemDto(
    @Schema(required = true, maxLength = 20, example = "CM000042") String communication,
    @Schema(
            required = true,
            maxLength = 30,
            enumeration = {"COMPLETED", "REJECTED", "COMPLETED_AND_REMOVED"},
            example = "COMPLETED")
        String state,
    @Schema(description = "Required for REJECTED", maxLength = 50, example = "DEVICE_UNREGISTERED")
        String errorCode,
    @Schema(
            maxLength = 1000,
            extensions = @Extension(name = "x-multiline", value = "true"),
            example = "The app was uninstalled")
        String errorReason) {}
