package org.herald.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores and finds contacts by their public number. */
@ApplicationScoped
public class ContactRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("number", "number", "name", "name", "createdAt", "createdAt");

  @PersistenceContext private EntityManager em;

  public Optional<Contact> findByNumber(String number) {
    return em.createNamedQuery("Contact.byNumber", Contact.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /**
   * The contacts of many numbers, by number (an unknown number is left out): one query for the
   * contacts and one per address list for all of them, where one contact at a time costs three
   * round trips (a notification run's chunk).
   */
  public Map<String, Contact> findByNumbers(Collection<String> numbers) {
    if (numbers.isEmpty()) {
      return Map.of();
    }
    Map<String, Contact> byNumber = new HashMap<>();
    em.createNamedQuery("Contact.byNumbers", Contact.class)
        .setParameter("numbers", numbers)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.emails")
        .setHint("eclipselink.batch", "c.phones")
        .getResultList()
        .forEach(contact -> byNumber.put(contact.getNumber(), contact));
    return byNumber;
  }

  public Optional<Contact> findByIdempotencyKey(String key) {
    return em.createNamedQuery("Contact.byIdempotencyKey", Contact.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public void add(Contact contact) {
    em.persist(contact);
  }

  public ResultPage<Contact> list(PageRequest page) {
    return search(null, page);
  }

  /**
   * The contacts whose number is {@code text}, or whose name, an email address or a phone number
   * contains it (any case); all when it is null.
   */
  public ResultPage<Contact> search(String text, PageRequest page) {
    return new ListQuery<>(em, Contact.class, SORTABLE, where -> where.add(matching(where, text)))
        .page(page);
  }

  private static Predicate matching(ListQuery.Conditions<Contact> where, String text) {
    if (text == null) {
      return null;
    }
    CriteriaBuilder cb = where.builder();
    return cb.or(
        cb.equal(where.path("number"), text),
        where.containsIgnoringCase("name", text),
        where.root().get("id").in(withIn(where, "emails", "address", text)),
        where.root().get("id").in(withIn(where, "phones", "number", text)));
  }

  /** The ids of contacts one of whose emails or phones has {@code text} in {@code attribute}. */
  private static Subquery<Long> withIn(
      ListQuery.Conditions<Contact> where, String collection, String attribute, String text) {
    CriteriaBuilder cb = where.builder();
    Subquery<Long> ids = where.query().subquery(Long.class);
    Root<Contact> contact = ids.from(Contact.class);
    Join<Contact, Object> item = contact.join(collection);
    ids.select(contact.get("id"))
        .where(
            cb.like(
                cb.lower(item.get(attribute)), ListQuery.containing(text), ListQuery.LIKE_ESCAPE));
    return ids;
  }
}
