package org.herald.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.herald.persistence.DatabaseFeatures;
import org.herald.persistence.EntityRows;
import org.herald.persistence.JdbcQuery;

/**
 * Reads a contact by JDBC, unmanaged, for a communication the send path stores by JDBC too (which
 * takes only its id, its consent and its addresses). Through the provider the same three queries
 * were an eighth of a create's CPU (JFR): each row built, registered in the unit of work and
 * cloned, and the contact compared with its clone at the flush before the inserts and at the
 * commit; by JDBC, most of what is left is taking the transaction's connection, which its first
 * statement does whatever it is, and the round trips: on PostgreSQL the three queries go in one.
 * Anything that persists a reference to the contact through the provider (a draft, a draft
 * rewritten) reads it from {@link ContactRepository}: the provider refuses an unmanaged one there.
 */
@ApplicationScoped
public class ContactRows {

  private static final EntityRows<Contact> CONTACTS = EntityRows.of(Contact.class);
  private static final EntityRows<ContactEmail> EMAILS = EntityRows.of(ContactEmail.class);
  private static final EntityRows<ContactPhone> PHONES = EntityRows.of(ContactPhone.class);

  /** The contact, its emails and its phones, each found by the contact's number. */
  private static final JdbcQuery.Together BY_NUMBER =
      JdbcQuery.together(
          "SELECT * FROM contact WHERE number = ?",
          "SELECT e.type, e.address, e.is_primary FROM contact_email e"
              + " JOIN contact c ON c.id = e.contact_id WHERE c.number = ? ORDER BY e.position",
          "SELECT p.type, p.number, p.is_primary FROM contact_phone p"
              + " JOIN contact c ON c.id = p.contact_id WHERE c.number = ? ORDER BY p.position");

  @PersistenceContext private EntityManager em;
  @Inject DatabaseFeatures features;

  /** The contact of this number with its emails and phones, in order; unmanaged. */
  public Optional<Contact> find(String number) {
    List<String> byNumber = List.of(number);
    return BY_NUMBER.run(
        em,
        features,
        List.of(byNumber, byNumber, byNumber),
        results -> {
          List<Contact> found = CONTACTS.readAll(results.next());
          if (found.isEmpty()) {
            return Optional.empty();
          }
          Contact contact = found.get(0);
          contact.readAddresses(EMAILS.readAll(results.next()), PHONES.readAll(results.next()));
          return Optional.of(contact);
        });
  }
}
