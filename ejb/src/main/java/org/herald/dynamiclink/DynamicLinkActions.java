package org.herald.dynamiclink;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationRepository;
import org.herald.communication.ReferredEntity;
import org.herald.contact.Contact;
import org.herald.entity.ReferringEntityService;
import org.herald.link.InvalidLinkException;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.link.SigningKey;
import org.herald.tag.DynamicLinkType;

/**
 * Performs what a recipient's dynamic link asks, once: opts the communication's contact in or out
 * of a marketing list, or records that they accept their service request's response or resolution.
 * The token says which communication and action; everything else comes from the database and the
 * settings, never from the request.
 */
@Stateless
public class DynamicLinkActions {

  static final String ACCEPTED = "ACCEPTED";
  private static final String SERVICE_REQUEST = "service_request";
  private static final Set<LinkKind> KINDS = EnumSet.of(LinkKind.ACTION, LinkKind.PREVIEW);

  @PersistenceContext EntityManager em;
  @Inject SigningKey key;
  @Inject CommunicationRepository communications;
  @Inject ReferringEntityService entities;
  @Inject CurrentDynamicLinks settings;

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
    DynamicLinks.TypeSetting setting = settings.get().of(type);
    String redirection = setting == null ? null : setting.redirectionUrl();
    if (link.kind() == LinkKind.PREVIEW) {
      return new LinkAction(type, linkText(type), true, false, redirection);
    }
    Communication communication =
        communications
            .findByNumber(link.communication())
            .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.TAMPERED));
    Contact contact = communication.getContact();
    if (!contact.getNumber().equals(link.contact())) {
      throw new InvalidLinkException(InvalidLinkException.Reason.TAMPERED);
    }
    Instant now = Instant.now();
    markUsed(link, type, now);
    switch (type) {
      case OPT_IN_DIRECT_MARKETING -> contact.consentToDirectMarketing(true, now);
      case OPT_OUT_DIRECT_MARKETING -> contact.consentToDirectMarketing(false, now);
      case OPT_IN_AFFILIATE_MARKETING -> contact.consentToAffiliateMarketing(true, now);
      case OPT_OUT_AFFILIATE_MARKETING -> contact.consentToAffiliateMarketing(false, now);
      case SERVICE_REQUEST_RESPONSE_ACCEPTANCE -> accept(communication, "response_acceptance");
      case SERVICE_REQUEST_TEMPORARY_RESOLUTION_ACCEPTANCE ->
          accept(communication, "temporary_resolution_acceptance");
      case SERVICE_REQUEST_FINAL_RESOLUTION_ACCEPTANCE ->
          accept(communication, "final_resolution_acceptance");
    }
    return new LinkAction(type, linkText(type), false, false, redirection);
  }

  /** The service request the communication refers to records the acceptance. */
  private void accept(Communication communication, String field) {
    ReferredEntity request =
        communication.getReferringEntities().stream()
            .filter(entity -> SERVICE_REQUEST.equals(entity.getType()))
            .findFirst()
            .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.TAMPERED));
    entities.record(SERVICE_REQUEST, request.getNumber(), field, ACCEPTED);
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
    DynamicLinks.TypeSetting setting = settings.get().of(type);
    return setting == null ? type.tagName() : setting.linkText();
  }
}
