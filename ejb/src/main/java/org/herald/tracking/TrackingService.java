package org.herald.tracking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.herald.link.InvalidLinkException;
import org.herald.link.LinkKeys;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;

/**
 * Records what recipients do with tracked emails, from the signed tokens of their open pixels and
 * click redirects, and sums it up per communication.
 */
@Stateless
public class TrackingService {

  private static final System.Logger LOG = System.getLogger(TrackingService.class.getName());

  @Inject LinkKeys signingKey;
  @Inject TrackingRepository events;

  /** Records a view if the open token is valid; a bad one records nothing and is no error. */
  public void viewed(String token) {
    Instant now = Instant.now();
    try {
      LinkToken open = signingKey.tokens().verify(token, LinkKind.OPEN, now);
      events.addView(open.communication(), now);
    } catch (InvalidLinkException e) {
      LOG.log(System.Logger.Level.DEBUG, "Open pixel not counted: {0}", e.reason());
    }
  }

  /**
   * Records a click if the click token is valid, and answers the URL it was signed for: the only
   * place a recipient is ever sent on to.
   */
  public ClickOutcome clicked(String token) {
    Instant now = Instant.now();
    try {
      LinkToken click = signingKey.tokens().verify(token, LinkKind.CLICK, now);
      // Only web links are signed; anything else would be a bug, never a place to send anyone.
      if (TrackedEmail.webAddress(click.subject()) == null) {
        return ClickOutcome.refused(InvalidLinkException.Reason.TAMPERED);
      }
      events.addClick(click.communication(), click.subject(), now);
      return ClickOutcome.redirect(click.subject());
    } catch (InvalidLinkException e) {
      LOG.log(System.Logger.Level.DEBUG, "Click not counted: {0}", e.reason());
      return ClickOutcome.refused(e.reason());
    }
  }

  /**
   * The kind of a valid tracking token (click or open), for a custom URL's handler that forwards
   * both kinds to one address; empty if the token is valid as neither.
   */
  public Optional<LinkKind> kindOf(String token) {
    for (LinkKind kind : new LinkKind[] {LinkKind.CLICK, LinkKind.OPEN}) {
      try {
        return Optional.of(signingKey.tokens().verify(token, kind, Instant.now()).kind());
      } catch (InvalidLinkException e) {
        if (e.reason() != InvalidLinkException.Reason.WRONG_KIND) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The views and clicks of a communication (none for one never tracked). */
  public TrackingDetails details(String communicationNumber) {
    return events.details(communicationNumber);
  }
}
