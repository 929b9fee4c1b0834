package org.herald.api.communication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.api.entity.EntityReferenceDto;

/**
 * A communication record; {@code queue} is present once an outgoing one has been queued. A
 * completed one holds its subject and content as rendered (tags replaced); a draft as written.
 */
@Schema(name = "Communication")
public record CommunicationDto(
    @Schema(example = "CM000001") String number,
    @Schema(example = "CT000001") String contact,
    @Schema(description = "The communication this one follows up", example = "CM000001")
        String referringTo,
    @Schema(
            description =
                "Communications following this one up, oldest first; present when reading one")
        List<String> followUps,
    Direction direction,
    Medium medium,
    String category,
    String subject,
    String content,
    String recipient,
    @Schema(description = "The external system that delivers it", example = "PORTAL")
        String processedBy,
    @Schema(
            description =
                "The record's life cycle: DRAFT (still editable) or COMPLETED (written and closed)."
                    + " It says nothing of delivery: see deliveryState")
        CommunicationStatus status,
    @Schema(
            description =
                "Where its delivery stands, the queue entry's state (PENDING, COMPLETED,"
                    + " REJECTED, COMPLETED_AND_REMOVED); absent when there is nothing to deliver"
                    + " (a draft, an incoming one, a phone call logged). A COMPLETED communication"
                    + " whose delivery was REJECTED was written and sent for delivery, and the"
                    + " peer refused it: queue.errorCode and errorReason say why")
        QueueState deliveryState,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant completedAt,
    QueueEntryDto queue,
    List<EntityReferenceDto> referringEntities,
    @Schema(description = "The template it was made from", example = "PAYMENT_RECEIPT")
        String template,
    @Schema(description = "The language it was written in (ISO 639-1)", example = "en")
        String language,
    Classification classification,
    @Schema(description = "Values of its #unrestricted.<name> tags")
        Map<String, String> unrestricted,
    @Schema(description = "Who made it: by hand (the API or the portal), an automation, a run")
        Origin origin,
    @Schema(
            description =
                "Sent whatever the contact's marketing preferences (the seed's override for"
                    + " important communications)")
        boolean overridePreferences) {}
