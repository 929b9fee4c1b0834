package org.herald.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A service's paged list as a lazy {@code p:dataTable}: each page and its sort asked of the
 * database, so a long list is never cut at one page's size.
 */
class ServicePages<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A service's list call for one page. */
  interface Lister<T> {
    ResultPage<T> list(PageRequest page);
  }

  private final transient Lister<T> lister;
  private final transient Function<T, String> rowKey;
  private final Set<String> sortable;
  private final String defaultSort;
  private final boolean defaultAscending;

  ServicePages(
      Lister<T> lister,
      Function<T, String> rowKey,
      Set<String> sortable,
      String defaultSort,
      boolean defaultAscending) {
    this.lister = lister;
    this.rowKey = rowKey;
    this.sortable = sortable;
    this.defaultSort = defaultSort;
    this.defaultAscending = defaultAscending;
  }

  /** Every item of the list, a page at a time (the choices of a select menu). */
  static <T> List<T> every(Lister<T> lister, String sort) {
    List<T> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      ResultPage<T> result = lister.list(new PageRequest(page, PageRequest.MAX_SIZE, sort, true));
      all.addAll(result.items());
      if (result.items().size() < PageRequest.MAX_SIZE) {
        return all;
      }
    }
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    // The service counts with every page it lists; one row is the cheapest page.
    return Math.toIntExact(
        lister.list(new PageRequest(0, 1, defaultSort, defaultAscending)).totalItems());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    boolean sorted =
        sort != null && sort.getOrder() != SortOrder.UNSORTED && sortable.contains(sort.getField());
    PageRequest page =
        new PageRequest(
            first / pageSize,
            pageSize,
            sorted ? sort.getField() : defaultSort,
            sorted ? sort.getOrder() == SortOrder.ASCENDING : defaultAscending);
    return lister.list(page).items();
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.apply(row);
  }
}
