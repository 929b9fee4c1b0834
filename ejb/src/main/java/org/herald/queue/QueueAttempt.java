package org.herald.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import org.herald.channel.SendOutcome;

/** One delivery attempt of a queue entry: when, how it ended, what the peer said. */
@Embeddable
public class QueueAttempt implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Peer replies are kept for diagnosis, not whole transcripts: the columns' sizes. */
  static final int MAX_REPLY = 1000;

  static final int MAX_CODE = 50;

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

  QueueAttempt(Instant attemptedAt, SendOutcome outcome) {
    this.attemptedAt = attemptedAt;
    this.outcome = outcome.kind();
    this.code = PeerText.fit(outcome.code(), MAX_CODE);
    this.peerReply = PeerText.fit(outcome.reply(), MAX_REPLY);
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
}
