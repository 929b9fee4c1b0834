package org.herald.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.herald.communication.Communication;
import org.herald.queue.QueueAttempt;
import org.herald.queue.QueueEntry;

/** A communication as the portal shows it (JSF EL needs getters, so no records here). */
public class CommunicationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String number;
  private final String contact;
  private final String contactName;
  private final String direction;
  private final String medium;
  private final String category;
  private final String subject;
  private final String content;
  private final String recipient;
  private final String status;
  private final Instant createdAt;
  private final Instant completedAt;
  private final String queueState;
  private final String queueError;
  private final int attempts;
  private final Instant expiresAt;
  private final List<AttemptRow> attemptLog;

  CommunicationRow(Communication c, QueueEntry entry) {
    number = c.getNumber();
    contact = c.getContact().getNumber();
    contactName = c.getContact().getName();
    direction = c.getDirection().name();
    medium = c.getMedium().name();
    category = c.getCategory() == null ? null : c.getCategory().getName();
    subject = c.getSubject();
    content = c.getContent();
    recipient = c.getRecipient();
    status = c.getStatus().name();
    createdAt = c.getCreatedAt();
    completedAt = c.getCompletedAt();
    queueState = entry == null ? null : entry.getState().name();
    queueError =
        entry == null || entry.getErrorCode() == null
            ? null
            : entry.getErrorCode() + ": " + entry.getErrorReason();
    attempts = entry == null ? 0 : entry.getAttempts();
    expiresAt = entry == null ? c.getExpiresAt() : entry.getExpiresAt();
    attemptLog =
        entry == null ? List.of() : entry.getAttemptLog().stream().map(AttemptRow::new).toList();
  }

  /** One delivery attempt, for the detail view. */
  public static class AttemptRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant attemptedAt;
    private final String outcome;
    private final String reply;

    AttemptRow(QueueAttempt attempt) {
      attemptedAt = attempt.getAttemptedAt();
      outcome = attempt.getOutcome().name();
      reply =
          attempt.getCode() == null
              ? attempt.getPeerReply()
              : attempt.getCode() + " " + attempt.getPeerReply();
    }

    public Instant getAttemptedAt() {
      return attemptedAt;
    }

    public String getOutcome() {
      return outcome;
    }

    public String getReply() {
      return reply;
    }
  }

  public String getNumber() {
    return number;
  }

  public String getContact() {
    return contact;
  }

  public String getContactName() {
    return contactName;
  }

  public String getDirection() {
    return direction;
  }

  public String getMedium() {
    return medium;
  }

  public String getCategory() {
    return category;
  }

  public String getSubject() {
    return subject;
  }

  public String getContent() {
    return content;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getQueueState() {
    return queueState;
  }

  public String getQueueError() {
    return queueError;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public List<AttemptRow> getAttemptLog() {
    return attemptLog;
  }
}
