package org.herald.channel;

/**
 * The result of one delivery attempt. A transient failure may succeed if tried again later (SMTP
 * 4xx, a dropped connection); a permanent one never will (SMTP 5xx). {@code code} and {@code reply}
 * are the peer's own, kept for the attempt log.
 */
public record SendOutcome(Kind kind, String code, String reply) {

  public enum Kind {
    DELIVERED,
    TRANSIENT_FAILURE,
    PERMANENT_FAILURE
  }

  public static SendOutcome delivered(String reply) {
    return new SendOutcome(Kind.DELIVERED, null, reply);
  }

  public static SendOutcome transientFailure(String code, String reply) {
    return new SendOutcome(Kind.TRANSIENT_FAILURE, code, reply);
  }

  public static SendOutcome permanentFailure(String code, String reply) {
    return new SendOutcome(Kind.PERMANENT_FAILURE, code, reply);
  }
}
