package org.herald.notification;

import java.util.List;

/**
 * Which of a type's items a run notifies, as a SQL predicate on {@code referring_entity e} with its
 * parameters: the seam where a type's conditions and segments, compiled to SQL, narrow the
 * candidates. Until they exist every item of the type is a candidate.
 */
record Audience(String predicate, List<Object> parameters) {

  static final Audience EVERY_ITEM = new Audience("1 = 1", List.of());
}
