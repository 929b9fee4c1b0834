package org.herald.communication;

import java.time.Instant;
import java.util.List;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.entity.EntityKey;

/**
 * A manual communication as a user asked for it (to create, or to rewrite a draft), enums already
 * parsed, references not yet. {@code referringTo} is the number of the completed communication it
 * follows up, if any; without a contact it follows up that communication's contact. {@code
 * processedBy} is the code of the external system that delivers it, if not Herald; {@code
 * referringEntities} the entities it refers to (whose tags its content may use).
 */
public record NewCommunication(
    String contactNumber,
    String referringTo,
    Direction direction,
    Medium medium,
    String categoryCode,
    String subject,
    String content,
    String recipient,
    String processedBy,
    Instant expiresAt,
    boolean draft,
    List<EntityKey> referringEntities) {}
