package org.herald.contact;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.herald.audit.AuditTrail;
import org.herald.error.UnknownResourceException;
import org.herald.idempotency.IdempotentRequest;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.PublicNumbers;

/** Creates, changes and finds contacts. */
@Stateless
public class ContactService {

  /** How the audit trail names contacts. */
  public static final String AUDIT_SUBJECT = "contact";

  @Inject ContactRepository contacts;
  @Inject AuditTrail audit;
  @Inject PublicNumbers numbers;
  @Inject ConsentDefaults defaults;

  /**
   * Adds a contact. With an idempotency key already used, answers the contact that key created
   * instead of adding a second one, or refuses the key if it came with other details.
   */
  public Contact create(ContactDetails details, String idempotencyKey) {
    IdempotentRequest request = IdempotentRequest.of(idempotencyKey, details);
    Optional<Contact> earlier =
        request.earlier(contacts::findByIdempotencyKey, Contact::getIdempotencyFingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Contact contact =
        new Contact(
            numbers.next(PublicNumbers.Kind.CONTACT), details, defaults, request, Instant.now());
    contacts.add(contact);
    return contact;
  }

  /** Records a choice the contact made from a link in a message. */
  public void onConsent(@Observes MarketingConsent consent) {
    get(consent.contactNumber()).consent(consent.list(), consent.optedIn(), consent.at());
  }

  /** Replaces a contact's details (the API's PUT and PATCH, the portal's edit); audited. */
  public Contact update(String number, ContactDetails details) {
    Contact contact = get(number);
    contact.update(details, Instant.now());
    audit.record(AUDIT_SUBJECT, number, "changed");
    return contact;
  }

  public Contact get(String number) {
    return contacts
        .findByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("contact", number));
  }

  public ResultPage<Contact> list(PageRequest page) {
    return contacts.list(page);
  }

  /** Contacts by number, or by a part of a name, email address or phone number; null: all. */
  public ResultPage<Contact> search(String text, PageRequest page) {
    return contacts.search(text, page);
  }
}
