package org.herald.dynamiclink;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Classification;
import org.herald.contact.MarketingConsent;
import org.herald.link.InvalidLinkException;
import org.herald.link.LinkKeys;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.settings.CurrentSettings;
import org.herald.tag.DynamicLinkType;

/**
 * Performs what a recipient's dynamic link asks, once: opts the link's contact in or out of a
 * marketing list ({@link MarketingConsent}), and tells whoever cares that the link was followed
 * ({@link DynamicLinkFollowed}: a service request's acceptance is recorded where communications are
 * known). The token says which communication, contact and action; everything else comes from the
 * database and the settings, never from the request.
 */
@Stateless
public class DynamicLinkActions {

  private static final Set<LinkKind> KINDS = EnumSet.of(LinkKind.ACTION, LinkKind.PREVIEW);

  @PersistenceContext EntityManager em;
  @Inject LinkKeys key;
  @Inject Event<MarketingConsent> consents;
  @Inject Event<DynamicLinkFollowed> followed;
  @Inject CurrentSettings settings;

  /** What a link would do, without doing it: for the page that asks to confirm. */
  public LinkAction inspect(String token) {
    LinkToken link = verify(token);
    DynamicLinkType type = type(link);
    boolean used = link.kind() == LinkKind.ACTION && isUsed(link.communication(), type);
    return new LinkAction(type, linkText(type), link.kind() == LinkKind.PREVIEW, used, null);
  }

  /**
   * Does what the link asks, once.
   *
   * @throws InvalidLinkException for a tampered, expired or unknown link
   * @throws LinkAlreadyUsedException when the link has acted before
   */
  public LinkAction perform(String token) {
    LinkToken link = verify(token);
    DynamicLinkType type = type(link);
    DynamicLinks.TypeSetting setting = settings.of(DynamicLinkSettings.class).of(type);
    String redirection = setting == null ? null : setting.redirectionUrl();
    if (link.kind() == LinkKind.PREVIEW) {
      return new LinkAction(type, linkText(type), true, false, redirection);
    }
    Instant now = Instant.now();
    markUsed(link, type, now);
    followed.fire(new DynamicLinkFollowed(type, link.communication(), link.contact(), now));
    marketingList(type)
        .ifPresent(
            list -> consents.fire(new MarketingConsent(link.contact(), list, isOptIn(type), now)));
    return new LinkAction(type, linkText(type), false, false, redirection);
  }

  private static Optional<Classification> marketingList(DynamicLinkType type) {
    return switch (type) {
      case OPT_IN_DIRECT_MARKETING, OPT_OUT_DIRECT_MARKETING ->
          Optional.of(Classification.DIRECT_MARKETING);
      case OPT_IN_AFFILIATE_MARKETING, OPT_OUT_AFFILIATE_MARKETING ->
          Optional.of(Classification.AFFILIATE_MARKETING);
      default -> Optional.empty();
    };
  }

  private static boolean isOptIn(DynamicLinkType type) {
    return type == DynamicLinkType.OPT_IN_DIRECT_MARKETING
        || type == DynamicLinkType.OPT_IN_AFFILIATE_MARKETING;
  }

  /**
   * The row's primary key makes the action happen once, even when two clicks race: the second
   * insert waits for the first to commit, then finds the row.
   */
  private void markUsed(LinkToken link, DynamicLinkType type, Instant now) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO dynamic_link_use"
                    + " (communication_number, link_type, contact_number, used_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .setParameter(1, link.communication())
            .setParameter(2, type.name())
            .setParameter(3, link.contact())
            .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 0) {
      throw new LinkAlreadyUsedException();
    }
  }

  private boolean isUsed(String communication, DynamicLinkType type) {
    return !em.createNativeQuery(
            "SELECT 1 FROM dynamic_link_use WHERE communication_number = ? AND link_type = ?")
        .setParameter(1, communication)
        .setParameter(2, type.name())
        .getResultList()
        .isEmpty();
  }

  private LinkToken verify(String token) {
    return key.tokens().verify(token, KINDS, Instant.now());
  }

  private static DynamicLinkType type(LinkToken link) {
    try {
      return DynamicLinkType.valueOf(link.subject());
    } catch (IllegalArgumentException signedButNotAnAction) {
      throw new InvalidLinkException(InvalidLinkException.Reason.TAMPERED);
    }
  }

  private String linkText(DynamicLinkType type) {
    DynamicLinks.TypeSetting setting = settings.of(DynamicLinkSettings.class).of(type);
    return setting == null ? type.tagName() : setting.linkText();
  }
}
