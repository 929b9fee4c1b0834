package org.herald.channel;

/**
 * The result of one delivery attempt. A transient failure may succeed if tried again later (SMTP
 * 4xx, a dropped connection, SMPP throttling); a permanent one never will (SMTP 5xx). An accepted
 * message was taken by a peer that reports delivery later (an SMSC's delivery receipt): {@code
 * reference} is the peer's id for it, {@code parts} how many messages it took (concatenated SMS).
 * {@code code} and {@code reply} are the peer's own, kept for the attempt log.
 */
public record SendOutcome(Kind kind, String code, String reply, String reference, int parts) {

  public enum Kind {
    DELIVERED,
    ACCEPTED,
    TRANSIENT_FAILURE,
    PERMANENT_FAILURE
  }

  public static SendOutcome delivered(String reply) {
    return new SendOutcome(Kind.DELIVERED, null, reply, null, 1);
  }

  public static SendOutcome accepted(String reference, int parts, String reply) {
    return new SendOutcome(Kind.ACCEPTED, null, reply, reference, parts);
  }

  public static SendOutcome transientFailure(String code, String reply) {
    return new SendOutcome(Kind.TRANSIENT_FAILURE, code, reply, null, 0);
  }

  public static SendOutcome permanentFailure(String code, String reply) {
    return new SendOutcome(Kind.PERMANENT_FAILURE, code, reply, null, 0);
  }
}
