package org.herald.web.admin;

import java.util.List;
import java.util.Map;
import org.herald.contact.Contact;
import org.herald.contact.ContactRepository;
import org.herald.contact.ContactService;
import org.herald.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages and sorts contacts in the database; the table's global filter finds them by number, or by a
 * part of a name, email address or phone number.
 */
class ContactLazyModel extends LazyDataModel<Contact> {

  private static final long serialVersionUID = 1L;

  private final transient ContactService contacts;

  ContactLazyModel(ContactService contacts) {
    this.contacts = contacts;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(
        contacts.search(search(filterBy), new PageRequest(0, 1, "number", true)).totalItems());
  }

  @Override
  public List<Contact> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    boolean sorted =
        sort != null
            && sort.getOrder() != SortOrder.UNSORTED
            && ContactRepository.SORTABLE.containsKey(sort.getField());
    PageRequest page =
        new PageRequest(
            first / pageSize,
            pageSize,
            sorted ? sort.getField() : "number",
            sorted && sort.getOrder() == SortOrder.ASCENDING);
    return contacts.search(search(filterBy), page).items();
  }

  @Override
  public String getRowKey(Contact contact) {
    return contact.getNumber();
  }

  private static String search(Map<String, FilterMeta> filterBy) {
    return ColumnFilters.text(filterBy, FilterMeta.GLOBAL_FILTER_KEY);
  }
}
