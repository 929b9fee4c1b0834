package org.herald.segment;

import java.util.List;
import org.herald.condition.ConditionInput;

/**
 * A segment as a user writes it: a name, its kind and the entity type of its members (both fixed
 * once made; no entity type: contacts) and, by conditions, those.
 */
public record SegmentDetails(
    String name, String kind, String entityType, List<ConditionInput> conditions) {

  public SegmentDetails {
    conditions = conditions == null ? List.of() : conditions;
  }

  /** A segment of contacts. */
  public SegmentDetails(String name, String kind, List<ConditionInput> conditions) {
    this(name, kind, null, conditions);
  }
}
