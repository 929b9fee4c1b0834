package org.herald.queue;

/**
 * What becomes of a message whose handover to its peer was under way when its node stopped: the
 * peer may or may not have it. At most one per open SMTP connection (SMPP window slot, webhook
 * request) is in that state.
 */
public enum InFlightPolicy {
  /**
   * Rejected as {@code OUTCOME_UNKNOWN} and listed in the server log for an operator to check with
   * the peer: it never arrives twice, and may not arrive at all.
   */
  HOLD,

  /**
   * Sent again: it always arrives, and may arrive twice (an email with the same Message-ID, which
   * receiving servers and clients can recognise).
   */
  RESEND
}
