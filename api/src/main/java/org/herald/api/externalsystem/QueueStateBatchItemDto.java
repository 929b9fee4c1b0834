package org.herald.api.externalsystem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One report of a batch: the entry's communication and its new state, as the single PUT takes. */
@Schema(name = "QueueStateBatchItem")
public record QueueStateBatchItemDto(
    @Schema(required = true, example = "CM000042") String communication,
    @Schema(
            required = true,
            enumeration = {"COMPLETED", "REJECTED", "COMPLETED_AND_REMOVED"},
            example = "COMPLETED")
        String state,
    @Schema(description = "Required for REJECTED", example = "DEVICE_UNREGISTERED")
        String errorCode,
    @Schema(example = "The app was uninstalled") String errorReason) {}
