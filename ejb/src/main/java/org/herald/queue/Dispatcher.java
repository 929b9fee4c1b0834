package org.herald.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.herald.channel.Channel;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.RateLimits;
import org.herald.channel.SendOutcome;

/**
 * Delivers one queue entry: claim it (so no other consumer or node sends it too, and only once its
 * time and its rate-limit slot have come), hand it to the channel serving its medium, record the
 * outcome, and ask to be signalled again when the entry has to wait.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  @Inject QueueClaims claims;
  @Inject NodeName node;
  @Inject DispatchSignals signals;
  @Inject RateLimits rateLimits;

  public void dispatch(long entryId) {
    Claim claim = claims.claim(entryId, node.value());
    if (claim instanceof Claim.NotBefore later) {
      signals.signalAt(entryId, later.at());
    } else if (claim instanceof Claim.Won won) {
      rateLimits.pace(won.message()); // waits only if this send came late to its slot
      // Signalled after the settle committed: a signal lost in between only delays the retry
      // until the sweep finds the entry.
      claims
          .settle(entryId, send(won.channel(), won.message()))
          .ifPresent(retry -> signals.signalAt(entryId, retry));
    }
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
