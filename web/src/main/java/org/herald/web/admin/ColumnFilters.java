package org.herald.web.admin;

import java.util.Map;
import org.primefaces.model.FilterMeta;

/** Reads the values of a lazy table's column filters, as its model hands them to a service. */
final class ColumnFilters {

  private ColumnFilters() {}

  /** The trimmed value filtering {@code field}, or null when that column does not filter. */
  static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    if (meta == null || meta.getFilterValue() == null) {
      return null;
    }
    String value = meta.getFilterValue().toString().trim();
    return value.isEmpty() ? null : value;
  }
}
