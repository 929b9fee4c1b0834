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

  SendOutcome send(OutgoingMessage message);

  /**
   * Sends as {@link #send(OutgoingMessage)}, running {@code handingOver} once just before the
   * message goes to the peer, and not at all if it never does. The queue's handover journal records
   * the handover there: a send still waiting for a connection when the node is killed has not left,
   * and is sent again after the restart, not held as in flight. By default, before anything else.
   */
  default SendOutcome send(OutgoingMessage message, Runnable handingOver) {
    handingOver.run();
    return send(message);
  }
}
