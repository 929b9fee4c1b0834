package org.herald.notification;

import java.util.ArrayList;
import java.util.List;
import org.herald.condition.SqlPredicate;

/**
 * Which of a type's items a run notifies, as a SQL predicate on {@code referring_entity e} with its
 * parameters: the type's conditions and segments compiled to SQL, so the keyset reader streams only
 * matching candidates.
 */
record Audience(String predicate, List<Object> parameters) {

  static final Audience EVERY_ITEM = new Audience("1 = 1", List.of());

  Audience {
    parameters = List.copyOf(parameters);
  }

  /** This audience narrowed by another predicate as well. */
  Audience and(SqlPredicate also) {
    List<Object> all = new ArrayList<>(parameters);
    all.addAll(also.parameters());
    return new Audience(predicate + " AND " + also.sql(), all);
  }
}
