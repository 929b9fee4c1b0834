package org.herald.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    return new ListQuery<>(em, Contact.class, SORTABLE, all -> {}).page(page);
  }
}
