package org.herald.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.herald.persistence.EntityRows;
import org.herald.persistence.JdbcQuery;

/**
 * Reads a contact by JDBC, unmanaged, for a communication the send path stores by JDBC too (which
 * takes only its id, its consent and its addresses). Through the provider the same three queries
 * were an eighth of a create's CPU (JFR): each row built, registered in the unit of work and
 * cloned, and the contact compared with its clone at the flush before the inserts and at the
 * commit; by JDBC, most of what is left is taking the transaction's connection, which its first
 * statement does whatever it is. Anything that persists a reference to the contact through the
 * provider (a draft, a draft rewritten) reads it from {@link ContactRepository}: the provider
 * refuses an unmanaged one there.
 */
@ApplicationScoped
public class ContactRows {

  private static final EntityRows<Contact> CONTACTS = EntityRows.of(Contact.class);
  private static final EntityRows<ContactEmail> EMAILS = EntityRows.of(ContactEmail.class);
  private static final EntityRows<ContactPhone> PHONES = EntityRows.of(ContactPhone.class);

  private static final String BY_NUMBER = "SELECT * FROM contact WHERE number = ?";
  private static final String EMAILS_OF =
      "SELECT type, address, is_primary FROM contact_email WHERE contact_id = ? ORDER BY position";
  private static final String PHONES_OF =
      "SELECT type, number, is_primary FROM contact_phone WHERE contact_id = ? ORDER BY position";

  @PersistenceContext private EntityManager em;

  /** The contact of this number with its emails and phones, in order; unmanaged. */
  public Optional<Contact> find(String number) {
    List<Contact> found = JdbcQuery.run(em, BY_NUMBER, List.of(number), CONTACTS::readAll);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Contact contact = found.get(0);
    List<Long> id = List.of(contact.getId());
    contact.readAddresses(
        JdbcQuery.run(em, EMAILS_OF, id, EMAILS::readAll),
        JdbcQuery.run(em, PHONES_OF, id, PHONES::readAll));
    return Optional.of(contact);
  }
}
