package org.herald.condition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityRecord;
import org.herald.entity.FieldKind;
import org.herald.entity.FieldPath;

/**
 * One checked condition: a field path of the entity model, an operator valid for the field's kind
 * and a value of that kind ({@link String} for text, references and collection items, {@link
 * BigDecimal} for numbers and amounts, {@link Boolean}, {@link RelativeDate}). {@code text} is the
 * value as given, kept to store and show it. A field without a value satisfies no condition, not
 * even {@code NOT_EQUALS}: "balance is not 0" says nothing of an account with no balance.
 */
public record Condition(FieldPath path, ConditionOperator operator, Object value, String text) {

  public Condition {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    if (!operator.allows(path.kind())) {
      throw new IllegalArgumentException(operator + " does not apply to " + path.kind());
    }
  }

  /** What the condition is written as, e.g. {@code payment.amount MORE_THAN 100}. */
  public ConditionInput input() {
    return new ConditionInput(path.name(), operator.name(), text);
  }

  /**
   * Whether the condition holds for {@code record} (of the path's root type), following references
   * with {@code lookup}, with relative dates taken from {@code today}.
   */
  public boolean holdsFor(EntityRecord record, EntityLookup lookup, LocalDate today) {
    return record != null && holdsForValue(path.valueIn(record, lookup), today);
  }

  /** Whether a field value (of the path's kind; null when undefined) satisfies the condition. */
  public boolean holdsForValue(Object actual, LocalDate today) {
    if (actual == null) {
      return false;
    }
    if (operator == ConditionOperator.CONTAINS) {
      return actual instanceof Collection<?> items && items.contains(value);
    }
    int compared = compare(actual, today);
    return switch (operator) {
      case EQUALS -> compared == 0;
      case NOT_EQUALS -> compared != 0;
      case MORE_THAN -> compared >= 0;
      case LESS_THAN -> compared < 0;
      case CONTAINS -> throw new AssertionError("handled above");
    };
  }

  /** The value this condition compares with, on {@code today} (a relative date resolved). */
  public Object comparedValue(LocalDate today) {
    return value instanceof RelativeDate date ? date.on(today) : value;
  }

  private int compare(Object actual, LocalDate today) {
    Object expected = comparedValue(today);
    if (path.kind() == FieldKind.NUMBER || path.kind() == FieldKind.AMOUNT) {
      return ((BigDecimal) actual).compareTo((BigDecimal) expected);
    }
    if (path.kind() == FieldKind.DATE) {
      return ((LocalDate) actual).compareTo((LocalDate) expected);
    }
    // Text, references and flags are only ever compared for equality.
    return actual.equals(expected) ? 0 : 1;
  }

  @Override
  public String toString() {
    return path.name() + " " + operator + " " + text;
  }
}
