package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.herald.channel.Channel;
import org.herald.channel.Channels;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.RateLimits;
import org.herald.channel.SendOutcome;

/**
 * Delivers one queue entry: claim it atomically (so no other consumer or node sends it too), wait
 * for the integration's rate limit, hand it to the channel serving its medium, then record the
 * outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  @Inject QueueClaims claims;
  @Inject Channels channels;
  @Inject NodeName node;
  @Inject RateLimits rateLimits;

  public void dispatch(long entryId) {
    Optional<OutgoingMessage> claimed = claims.claim(entryId, node.value());
    if (claimed.isEmpty()) {
      return;
    }
    OutgoingMessage message = claimed.get();
    Optional<Channel> channel = channels.serving(message);
    if (channel.isEmpty()) {
      // Stays pending: a channel deployed later (or the entry's expiry) decides its fate.
      LOG.log(
          System.Logger.Level.INFO,
          "No channel serves {0} for {1}",
          message.medium(),
          message.communicationNumber());
      claims.release(entryId);
      return;
    }
    Optional<Duration> wait = rateLimits.waitBefore(message);
    if (wait.isPresent()) {
      claims.postpone(entryId, wait.get()); // the integration's limit: later, not lost
      return;
    }
    claims.settle(entryId, send(channel.get(), message));
  }

  private SendOutcome send(Channel channel, OutgoingMessage message) {
    try {
      return channel.send(message);
    } catch (RuntimeException e) {
      // A fault the channel did not expect: log it, and let the bounded retries decide.
      LOG.log(
          System.Logger.Level.WARNING, "Channel fault sending " + message.communicationNumber(), e);
      return SendOutcome.transientFailure("CHANNEL_FAULT", e.toString());
    }
  }
}
