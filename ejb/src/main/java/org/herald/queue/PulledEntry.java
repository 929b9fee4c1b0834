package org.herald.queue;

import java.time.Instant;
import org.herald.api.Medium;
import org.herald.api.QueueState;

/**
 * A queue entry as its external system reads it: the message and its life cycle, without the
 * dispatch fields. Read straight from the columns, so a page of them costs one statement.
 */
public record PulledEntry(
    long id,
    String communicationNumber,
    String contactNumber,
    Medium medium,
    String recipient,
    String subject,
    String content,
    QueueState state,
    String errorCode,
    String errorReason,
    Instant createdAt,
    Instant expiresAt,
    Instant completedAt) {

  public static PulledEntry of(QueueEntry entry) {
    return new PulledEntry(
        entry.getId(),
        entry.getCommunicationNumber(),
        entry.getContactNumber(),
        entry.getMedium(),
        entry.getRecipient(),
        entry.getSubject(),
        entry.getContent(),
        entry.getState(),
        entry.getErrorCode(),
        entry.getErrorReason(),
        entry.getCreatedAt(),
        entry.getExpiresAt(),
        entry.getCompletedAt());
  }

  /** The cursor of a page that ends with this entry. */
  public QueueCursor cursor() {
    return new QueueCursor(id);
  }
}
