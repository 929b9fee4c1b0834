package org.herald.communication;

import java.time.Instant;
import org.herald.api.Direction;
import org.herald.api.Medium;

/** A manual communication as a user asked for it, enums already parsed, references not yet. */
public record NewCommunication(
    String contactNumber,
    Direction direction,
    Medium medium,
    String categoryCode,
    String subject,
    String content,
    String recipient,
    Instant expiresAt,
    boolean draft) {}
