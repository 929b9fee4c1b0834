package org.herald.paging;

import java.util.Set;
import org.herald.error.Violations;

/**
 * One validated page of a list query: {@code page} from 0, {@code size} 1–200, sorted by one of the
 * fields the list allows ({@code sort=field,asc|desc}). The page's first item must be a position a
 * query can skip to ({@link #MAX_FIRST_RESULT}): {@code ?page=99999999&size=200} is refused, not
 * overflowed into a negative offset.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

  public static final int MAX_SIZE = 200;

  public static final int DEFAULT_SIZE = 20;

  /** The furthest first item a page may start at: JPA counts positions in an {@code int}. */
  public static final int MAX_FIRST_RESULT = Integer.MAX_VALUE;

  public int firstResult() {
    return page * size;
  }

  /**
   * Parses the query parameters of a list, refusing bad values with the parameter's name.
   *
   * @param sortable the fields a client may sort by
   * @param defaultSort the field sorted by when the client names none
   */
  public static PageRequest of(
      String page, String size, String sort, Set<String> sortable, String defaultSort) {
    Violations violations = new Violations();
    int p = number(violations, "page", page, 0);
    int s = number(violations, "size", size, DEFAULT_SIZE);
    if (p < 0) {
      violations.add("page", "OUT_OF_RANGE", "must be 0 or more");
    }
    if (s < 1 || s > MAX_SIZE) {
      violations.add("size", "OUT_OF_RANGE", "must be between 1 and " + MAX_SIZE);
    } else if (p > MAX_FIRST_RESULT / s) {
      violations.add(
          "page", "OUT_OF_RANGE", "must be at most " + MAX_FIRST_RESULT / s + " for size " + s);
    }
    String field = defaultSort;
    boolean ascending = true;
    if (sort != null && !sort.isBlank()) {
      String[] parts = sort.split(",", -1);
      field = parts[0].trim();
      if (!sortable.contains(field)) {
        violations.add(
            "sort", "UNKNOWN_VALUE", "cannot sort by '" + field + "'; use one of " + sortable);
      }
      if (parts.length > 2) {
        violations.add("sort", "UNKNOWN_VALUE", "must be field or field,asc or field,desc");
      } else if (parts.length > 1) {
        String direction = parts[1].trim().toLowerCase();
        if (!direction.equals("asc") && !direction.equals("desc")) {
          violations.add("sort", "UNKNOWN_VALUE", "direction must be asc or desc");
        }
        ascending = !direction.equals("desc");
      }
    }
    violations.throwIfAny();
    return new PageRequest(p, s, field, ascending);
  }

  private static int number(Violations violations, String field, String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      violations.add(field, "NOT_A_NUMBER", "'" + text + "' is not a whole number");
      return absent;
    }
  }
}
