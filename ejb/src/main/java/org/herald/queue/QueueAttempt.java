package org.herald.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.herald.channel.SendOutcome;

/** One delivery attempt of a queue entry: when, how it ended, what the peer said. */
@Entity
@Table(name = "queue_attempt")
@IdClass(QueueAttempt.Key.class)
public class QueueAttempt implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Peer replies are kept for diagnosis, not whole transcripts: the columns' sizes. */
  static final int MAX_REPLY = 1000;

  static final int MAX_CODE = 50;

  @Id
  @Column(name = "queue_entry_id", nullable = false, updatable = false)
  private Long queueEntryId;

  /** 0 for the first attempt, 1 for the second, … */
  @Id
  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private SendOutcome.Kind outcome;

  @Column(name = "code")
  private String code;

  @Column(name = "peer_reply")
  private String peerReply;

  protected QueueAttempt() {}

  QueueAttempt(Long queueEntryId, int position, Instant attemptedAt, SendOutcome outcome) {
    this.queueEntryId = queueEntryId;
    this.position = position;
    this.attemptedAt = attemptedAt;
    this.outcome = outcome.kind();
    this.code = PeerText.fit(outcome.code(), MAX_CODE);
    this.peerReply = PeerText.fit(outcome.reply(), MAX_REPLY);
  }

  Long getQueueEntryId() {
    return queueEntryId;
  }

  int getPosition() {
    return position;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }

  public SendOutcome.Kind getOutcome() {
    return outcome;
  }

  public String getCode() {
    return code;
  }

  public String getPeerReply() {
    return peerReply;
  }

  /** An attempt's key: its entry and its place among the entry's attempts. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long queueEntryId;
    private int position;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(queueEntryId, key.queueEntryId)
          && position == key.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(queueEntryId, position);
    }
  }
}
