package org.herald.condition;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with {@code ?} placeholders and the values to bind to them, in order. */
public record SqlPredicate(String sql, List<Object> parameters) {

  public SqlPredicate {
    parameters = List.copyOf(parameters);
  }

  /** "At least one holds"; none: false. */
  public static SqlPredicate anyOf(List<SqlPredicate> predicates) {
    if (predicates.isEmpty()) {
      return new SqlPredicate("1=0", List.of());
    }
    List<Object> parameters = new ArrayList<>();
    predicates.forEach(predicate -> parameters.addAll(predicate.parameters()));
    return new SqlPredicate(
        "(" + String.join(" OR ", predicates.stream().map(SqlPredicate::sql).toList()) + ")",
        parameters);
  }
}
