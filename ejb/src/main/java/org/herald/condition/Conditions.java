package org.herald.condition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityRecord;
import org.herald.entity.FieldPath;
import org.herald.error.InvalidValueException;
import org.herald.error.Violations;

/**
 * The conditions of an automation, a segment or a notification type, of which at least one must
 * hold (the seed's "at least one condition must be met"); none at all always holds.
 */
public final class Conditions {

  /** More conditions than this is a mistake, not a rule anyone can read. */
  public static final int MAX = 20;

  public static final int VALUE_LENGTH = 200;

  private static final Conditions NONE = new Conditions(List.of());

  private final List<Condition> all;

  public Conditions(List<Condition> all) {
    this.all = List.copyOf(all);
  }

  public static Conditions none() {
    return NONE;
  }

  /**
   * Checks conditions as given, recording every problem as {@code field[i].path}, {@code
   * field[i].operator} or {@code field[i].value}. {@code roots} are the entity types the paths may
   * start from (an automation's event entity and the contact); null allows every type.
   */
  public static Conditions parse(
      List<ConditionInput> inputs,
      String field,
      Set<String> roots,
      ConditionPaths paths,
      Violations violations) {
    if (inputs == null || inputs.isEmpty()) {
      return NONE;
    }
    if (inputs.size() > MAX) {
      violations.add(field, "OUT_OF_RANGE", "at most " + MAX + " conditions");
      return NONE;
    }
    List<Condition> parsed = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String at = field + "[" + i + "]";
      ConditionInput input = inputs.get(i);
      if (input == null) {
        violations.add(at, "REQUIRED", "is required");
        continue;
      }
      Condition condition = parse(input, at, roots, paths, violations);
      if (condition != null) {
        parsed.add(condition);
      }
    }
    return new Conditions(parsed);
  }

  private static Condition parse(
      ConditionInput input,
      String at,
      Set<String> roots,
      ConditionPaths paths,
      Violations violations) {
    FieldPath path = null;
    if (input.path() == null || input.path().isBlank()) {
      violations.add(at + ".path", "REQUIRED", "is required");
    } else {
      path = paths.path(input.path()).orElse(null);
      if (path == null) {
        violations.add(at + ".path", "UNKNOWN_PATH", "'" + input.path() + "' is not a tag path");
      } else if (roots != null && !roots.contains(path.root().name())) {
        violations.add(
            at + ".path",
            "PATH_NOT_APPLICABLE",
            "must start with one of " + String.join(", ", roots.stream().sorted().toList()));
        path = null;
      }
    }
    ConditionOperator operator = null;
    if (input.operator() == null) {
      violations.add(at + ".operator", "REQUIRED", "is required");
    } else {
      operator = violations.enumValue(at + ".operator", ConditionOperator.class, input.operator());
      if (operator != null && path != null && !operator.allows(path.kind())) {
        violations.add(
            at + ".operator",
            "OPERATOR_NOT_ALLOWED",
            operator + " does not apply to " + path.name() + " (" + path.kind() + ")");
        operator = null;
      }
    }
    if (input.value() == null || input.value().isBlank()) {
      violations.add(at + ".value", "REQUIRED", "is required");
      return null;
    }
    if (input.value().length() > VALUE_LENGTH) {
      violations.add(
          at + ".value", "OUT_OF_RANGE", "must be at most " + VALUE_LENGTH + " characters");
      return null;
    }
    if (path == null || operator == null) {
      return null;
    }
    FieldPath known = path;
    Object value = violations.check(at + ".value", () -> value(known, input.value()));
    return value == null ? null : new Condition(path, operator, value, input.value());
  }

  /** The value as the path's kind holds it. */
  private static Object value(FieldPath path, String text) {
    return switch (path.kind()) {
      case TEXT, REFERENCE, COLLECTION -> text;
      case NUMBER, AMOUNT -> {
        try {
          yield new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
          throw new InvalidValueException(
              "INVALID_NUMBER", "'" + text + "' is not a number (" + path.name() + " is one)");
        }
      }
      case DATE -> RelativeDate.parse(text);
      case BOOLEAN -> {
        if (!text.equals("true") && !text.equals("false")) {
          throw new InvalidValueException("INVALID_BOOLEAN", "'" + text + "' is not true or false");
        }
        yield Boolean.valueOf(text);
      }
    };
  }

  public List<Condition> all() {
    return all;
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The conditions as written, to store or answer them. */
  public List<ConditionInput> inputs() {
    return all.stream().map(Condition::input).toList();
  }

  /**
   * The first condition that holds, the root records found by type ({@code records.apply
   * ("payment")}; null when there is none of that type); empty when none holds. With no conditions,
   * nothing to hold: use {@link #holdFor}.
   */
  public Optional<Condition> holding(
      Function<String, EntityRecord> records, EntityLookup lookup, LocalDate today) {
    for (Condition condition : all) {
      if (condition.holdsFor(records.apply(condition.path().root().name()), lookup, today)) {
        return Optional.of(condition);
      }
    }
    return Optional.empty();
  }

  /** Whether at least one condition holds, or there are none. */
  public boolean holdFor(
      Function<String, EntityRecord> records, EntityLookup lookup, LocalDate today) {
    return all.isEmpty() || holding(records, lookup, today).isPresent();
  }
}
