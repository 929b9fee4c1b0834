package org.herald.condition;

import java.util.List;

/** A piece of SQL with {@code ?} placeholders and the values to bind to them, in order. */
public record SqlPredicate(String sql, List<Object> parameters) {

  public SqlPredicate {
    parameters = List.copyOf(parameters);
  }
}
