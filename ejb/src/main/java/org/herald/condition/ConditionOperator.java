package org.herald.condition;

import java.util.EnumSet;
import java.util.Set;
import org.herald.entity.FieldKind;

/**
 * How a condition compares a field with its value. {@link #MORE_THAN} is inclusive, as the seed
 * says for balances ("equal or more than"); {@link #LESS_THAN} is strict, so the two split a range
 * without a gap or an overlap.
 */
public enum ConditionOperator {
  EQUALS,
  NOT_EQUALS,
  MORE_THAN,
  LESS_THAN,
  /** A collection (a subscription's services) holds the value as one of its items. */
  CONTAINS;

  private static final Set<FieldKind> ORDERED =
      EnumSet.of(FieldKind.NUMBER, FieldKind.AMOUNT, FieldKind.DATE);

  /** Whether this operator means something for a field of {@code kind}. */
  public boolean allows(FieldKind kind) {
    return switch (this) {
      case EQUALS, NOT_EQUALS -> kind != FieldKind.COLLECTION;
      case MORE_THAN, LESS_THAN -> ORDERED.contains(kind);
      case CONTAINS -> kind == FieldKind.COLLECTION;
    };
  }
}
