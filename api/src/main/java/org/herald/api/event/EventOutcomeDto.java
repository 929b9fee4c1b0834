package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one automation made of an event: a communication to one address ({@code SENT}), or why it
 * made none ({@code medium} NONE when the whole automation did not apply).
 */
@Schema(name = "EventOutcome")
public record EventOutcomeDto(
    @Schema(maxLength = 50) String automation,
    @Schema(maxLength = 20, example = "EMAIL") String medium,
    @Schema(maxLength = 320) String address,
    AutomationOutcome outcome,
    @Schema(maxLength = 1000) String detail,
    @Schema(maxLength = 20, example = "CM000001") String communication) {}
