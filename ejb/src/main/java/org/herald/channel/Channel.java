package org.herald.channel;

import org.herald.api.Medium;

/**
 * One way of delivering messages (an integration). Implementations are CDI beans; exactly one
 * serves a medium. {@link #send} reports failures as outcomes and throws only on faults it did not
 * expect.
 */
public interface Channel {

  boolean serves(Medium medium);

  /** Whether this channel delivers this message; Herald's own channels by medium alone. */
  default boolean serves(OutgoingMessage message) {
    return message.externalSystemId() == null && serves(message.medium());
  }

  /**
   * Sends the message, telling {@code handover} when it starts going to the peer (never, when it
   * failed before that: no connection, no window slot).
   */
  SendOutcome send(OutgoingMessage message, Handover handover);

  default SendOutcome send(OutgoingMessage message) {
    return send(message, Handover.NONE);
  }
}
