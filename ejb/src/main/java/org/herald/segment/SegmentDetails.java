package org.herald.segment;

import java.util.List;
import org.herald.condition.ConditionInput;

/** A segment as a user writes it: a name, its kind (fixed once made) and, by conditions, those. */
public record SegmentDetails(String name, String kind, List<ConditionInput> conditions) {

  public SegmentDetails {
    conditions = conditions == null ? List.of() : conditions;
  }
}
