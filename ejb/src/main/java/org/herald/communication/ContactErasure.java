package org.herald.communication;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.herald.audit.AuditTrail;
import org.herald.contact.Contact;
import org.herald.contact.ContactErased;
import org.herald.contact.ContactRepository;
import org.herald.contact.ContactService;
import org.herald.error.UnknownResourceException;

/**
 * Erases a contact on request (the data-protection right to erasure): the contact's personal data
 * go, and so do its communications' subjects, contents, recipients and unrestricted values, and
 * their queue entries' copies, error reasons and peers' replies; the records stay, anonymised, so
 * counts and histories still add up; the other areas take it from their own tables ({@link
 * ContactErased}). A delivery still pending is rejected ({@code ERASED}), never sent (one a
 * dispatcher holds at that moment goes as it was claimed). One transaction; one audit line.
 */
@Stateless
public class ContactErasure {

  /** What erased text becomes. */
  public static final String ERASED = "[erased]";

  private static final String OF_CONTACT = "SELECT id FROM communication WHERE contact_id = ?1";

  @Inject ContactRepository contacts;
  @Inject AuditTrail audit;
  @Inject Event<ContactErased> erased;
  @PersistenceContext private EntityManager em;

  public void erase(String number) {
    Contact contact =
        contacts
            .findByNumber(number)
            .orElseThrow(() -> new UnknownResourceException("contact", number));
    Instant now = Instant.now();
    contact.erase(now);
    em.flush();
    Long id = contact.getId();
    // A peer's reply may quote the address ("550 5.1.1 <maria@…>: no such user"): replies and
    // error reasons go too (codes stay, for the counts), before pending entries get their reason.
    em.createNativeQuery(
            "UPDATE queue_attempt SET peer_reply = NULL WHERE queue_entry_id IN"
                + " (SELECT id FROM queue_entry WHERE contact_number = ?1)")
        .setParameter(1, number)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE queue_entry SET error_reason = ?2"
                + " WHERE contact_number = ?1 AND error_reason IS NOT NULL")
        .setParameter(1, number)
        .setParameter(2, ERASED)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE queue_entry SET state = 'REJECTED', error_code = 'ERASED',"
                + " error_reason = 'The contact was erased before delivery', completed_at = ?2"
                + " WHERE state = 'PENDING' AND claimed_by IS NULL AND contact_number = ?1")
        .setParameter(1, number)
        .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE queue_entry SET recipient = NULL, content = ?2,"
                + " subject = CASE WHEN subject IS NULL THEN NULL ELSE ?2 END"
                + " WHERE contact_number = ?1")
        .setParameter(1, number)
        .setParameter(2, ERASED)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM communication_unrestricted WHERE communication_id IN (" + OF_CONTACT + ")")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE communication SET recipient = NULL, content = ?2,"
                + " subject = CASE WHEN subject IS NULL THEN NULL ELSE ?2 END"
                + " WHERE contact_id = ?1")
        .setParameter(1, id)
        .setParameter(2, ERASED)
        .executeUpdate();
    erased.fire(new ContactErased(number));
    audit.record(ContactService.AUDIT_SUBJECT, number, "erased");
  }
}
