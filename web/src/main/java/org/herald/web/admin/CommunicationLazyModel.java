package org.herald.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.api.communication.CommunicationStatus;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationFilter;
import org.herald.communication.CommunicationRepository;
import org.herald.communication.CommunicationService;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.queue.QueueEntry;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages, sorts and filters communications in the database, one page per request. */
class CommunicationLazyModel extends LazyDataModel<CommunicationRow> {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SORTABLE = CommunicationRepository.SORTABLE.keySet();

  private final transient CommunicationService communications;
  private final String contactNumber;

  /**
   * @param contactNumber the one contact whose communications are listed, or null for all
   */
  CommunicationLazyModel(CommunicationService communications, String contactNumber) {
    this.communications = communications;
    this.contactNumber = contactNumber;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(communications.count(filter(filterBy)));
  }

  @Override
  public List<CommunicationRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    boolean sorted =
        sort != null && sort.getOrder() != SortOrder.UNSORTED && SORTABLE.contains(sort.getField());
    PageRequest page =
        new PageRequest(
            first / pageSize,
            pageSize,
            sorted ? sort.getField() : "number",
            sorted ? sort.getOrder() == SortOrder.ASCENDING : false);
    ResultPage<Communication> result = communications.list(filter(filterBy), page);
    Map<Long, QueueEntry> entries = communications.queueEntries(result.items());
    return result.map(c -> new CommunicationRow(c, entries.get(c.getId())));
  }

  @Override
  public String getRowKey(CommunicationRow row) {
    return row.getCommunication().getNumber();
  }

  /** The contact column finds a contact by number or by a part of its name. */
  private CommunicationFilter filter(Map<String, FilterMeta> filterBy) {
    return new CommunicationFilter(
        contactNumber,
        ColumnFilters.text(filterBy, "contact"),
        parse(Direction.class, ColumnFilters.text(filterBy, "direction")),
        parse(Medium.class, ColumnFilters.text(filterBy, "medium")),
        null,
        parse(CommunicationStatus.class, ColumnFilters.text(filterBy, "status")),
        parse(QueueState.class, ColumnFilters.text(filterBy, "delivery")));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    return null;
  }
}
