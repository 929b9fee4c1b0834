package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event accepted for processing: {@code received} false when its id had been received before
 * (nothing changed), and where to read its outcome.
 */
@Schema(name = "EventAccepted")
public record EventAcceptedDto(
    @Schema(maxLength = 100) String id,
    boolean received,
    @Schema(maxLength = 2000) String location) {}
