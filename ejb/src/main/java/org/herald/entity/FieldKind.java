package org.herald.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.herald.error.Violations;

/**
 * What a field holds, and how its raw value (as a JSON body gives it) becomes the one Java type
 * stored and rendered: TEXT and REFERENCE → {@link String} (a reference holds the referenced
 * record's number), NUMBER → {@link BigDecimal}, AMOUNT → {@link BigDecimal} of scale 2, DATE →
 * {@link LocalDate}, BOOLEAN → {@link Boolean}, COLLECTION → an immutable {@code List<String>}.
 */
public enum FieldKind {
  TEXT {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      if (raw instanceof String text) {
        return text;
      }
      violations.add(path, "INVALID_TEXT", "must be text, not " + shown(raw));
      return null;
    }
  },
  NUMBER {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      BigDecimal number = decimal(raw);
      if (number == null) {
        violations.add(path, "INVALID_NUMBER", shown(raw) + " is not a number");
      }
      return number;
    }
  },
  AMOUNT {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      BigDecimal number = decimal(raw);
      if (number == null) {
        violations.add(path, "INVALID_AMOUNT", shown(raw) + " is not an amount");
        return null;
      }
      // Money is never rounded silently: a third decimal is the sender's mistake.
      if (number.stripTrailingZeros().scale() > 2) {
        violations.add(path, "INVALID_AMOUNT", shown(raw) + " has more than 2 decimals");
        return null;
      }
      return number.setScale(2);
    }
  },
  DATE {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      if (raw instanceof LocalDate date) {
        return date;
      }
      if (raw instanceof String text) {
        try {
          LocalDate date = LocalDate.parse(text);
          // Four-digit years only: PostgreSQL refuses what LocalDate reads beyond them.
          if (date.getYear() >= 1 && date.getYear() <= 9999) {
            return date;
          }
        } catch (DateTimeParseException e) {
          // fall through to the error below
        }
      }
      violations.add(path, "INVALID_DATE", shown(raw) + " is not a date (yyyy-mm-dd)");
      return null;
    }
  },
  BOOLEAN {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      if (raw instanceof Boolean flag) {
        return flag;
      }
      if ("true".equals(raw) || "false".equals(raw)) {
        return Boolean.valueOf((String) raw);
      }
      violations.add(path, "INVALID_BOOLEAN", shown(raw) + " is not true or false");
      return null;
    }
  },
  REFERENCE {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      if (raw instanceof String number && !number.isBlank()) {
        return number;
      }
      violations.add(path, "INVALID_REFERENCE", shown(raw) + " is not a record number");
      return null;
    }
  },
  COLLECTION {
    @Override
    Object parse(String path, Object raw, Violations violations) {
      if (!(raw instanceof Collection<?> items)) {
        violations.add(path, "INVALID_COLLECTION", shown(raw) + " is not a list of text");
        return null;
      }
      List<String> texts = new ArrayList<>(items.size());
      int index = 0;
      for (Object item : items) {
        if (item instanceof String text) {
          texts.add(text);
        } else {
          violations.add(
              path + "[" + index + "]", "INVALID_TEXT", "must be text, not " + shown(item));
        }
        index++;
      }
      return List.copyOf(texts);
    }
  };

  /**
   * The stored value of {@code raw}, never null for a non-null input that is valid; on an invalid
   * one records an error against {@code path} and returns null.
   */
  abstract Object parse(String path, Object raw, Violations violations);

  /** Numbers may come as JSON numbers or as text (CRMs often send amounts as strings). */
  private static BigDecimal decimal(Object raw) {
    if (raw instanceof BigDecimal number) {
      return number;
    }
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      return Double.isFinite(value) ? new BigDecimal(Double.toString(value)) : null;
    }
    if (raw instanceof Number number) {
      return decimal(number.toString());
    }
    if (raw instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String shown(Object raw) {
    return raw instanceof String text ? "'" + text + "'" : String.valueOf(raw);
  }
}
