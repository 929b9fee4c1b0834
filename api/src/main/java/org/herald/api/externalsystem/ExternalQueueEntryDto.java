package org.herald.api.externalsystem;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.Medium;
import org.herald.api.QueueState;

/** A queue entry as the external system that processes it sees it, with its content. */
@Schema(name = "ExternalQueueEntry")
public record ExternalQueueEntryDto(
    @Schema(example = "CM000042") String communication,
    @Schema(example = "CT000001") String contact,
    Medium medium,
    String recipient,
    String subject,
    String content,
    QueueState state,
    String errorCode,
    String errorReason,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant completedAt) {}
