package org.herald.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.herald.api.problem.FieldError;

/**
 * Collects every invalid value of one request before refusing it, so a client learns all its
 * mistakes at once and each is named by its JSON path.
 */
public final class Violations {

  private final List<FieldError> errors = new ArrayList<>();

  /** Runs a parse or check; on failure records it against {@code field} and returns null. */
  public <T> T check(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      add(field, e.code(), e.getMessage());
      return null;
    }
  }

  /** Parses an enum by its UPPER_SNAKE name; null stays null. */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      add(field, "UNKNOWN_VALUE", "'" + value + "' is not one of " + allowed);
      return null;
    }
  }

  public void require(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "REQUIRED", "is required");
    }
  }

  /** Refuses text longer than {@code max} characters; null passes. */
  public void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "OUT_OF_RANGE", "must be at most " + max + " characters");
    }
  }

  /**
   * Refuses what cannot be a public code (the key of categories, external systems, templates): 1 to
   * 50 of A-Z, 0-9 and _. Answers whether it can.
   */
  public boolean code(String field, String value) {
    if (value == null || !value.matches("[A-Z0-9_]{1,50}")) {
      add(field, "INVALID_CODE", "must be 1 to 50 of A-Z, 0-9 and _");
      return false;
    }
    return true;
  }

  public void add(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
  }

  /** The errors recorded so far, in order. */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
