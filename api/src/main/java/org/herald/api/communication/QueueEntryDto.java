package org.herald.api.communication;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.QueueState;

/** Where the delivery of an outgoing communication stands. */
@Schema(name = "QueueEntry")
public record QueueEntryDto(
    QueueState state,
    @Schema(example = "550") String errorCode,
    @Schema(
            description =
                "What the peer said, as one line of printable text; cut to 1000 characters,"
                    + " ending in … when cut")
        String errorReason,
    int attempts,
    @Schema(description = "Messages delivery took (parts of a concatenated SMS); 0 until sent")
        int parts,
    @Schema(
            description =
                "Accepted by the peer (an SMSC), which will report delivery with a receipt")
        boolean awaitingReceipt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant completedAt) {}
