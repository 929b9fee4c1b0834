package org.herald.queue;

import java.time.Instant;
import org.herald.channel.Channel;
import org.herald.channel.OutgoingMessage;

/**
 * What a dispatcher got when it asked for an entry: the message to send now by its channel, a time
 * to come back (the entry is not due yet, or its rate limit gave it a later slot), or nothing to do
 * (sent, settled, held by another dispatcher, pulled by its system, or no channel serves it).
 */
public sealed interface Claim {

  /** This dispatcher holds the entry and sends it now. */
  record Won(OutgoingMessage message, Channel channel) implements Claim {}

  /** Not before {@code at}: signal the entry again for then. */
  record NotBefore(Instant at) implements Claim {}

  /** Nothing to do with the entry. */
  record Nothing() implements Claim {}
}
