package org.herald.web.api.input;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;

/**
 * Checks a JSON document against the Java type it binds to, before binding: every value has its
 * field's JSON type (a boolean is {@code true} or {@code false}, never {@code "yes"} or {@code 2}),
 * no property is unknown, no list item or map value is null, and every string is text within its
 * bound. A string's bound is the {@code maxLength} its {@link Schema} states (the column's size, so
 * the document and the check cannot disagree); line breaks and tabs only where the field's schema
 * carries the {@value #MULTILINE} extension.
 */
public final class JsonShape {

  /** The schema extension marking multi-line text (bodies, contents, descriptions). */
  public static final String MULTILINE = "x-multiline";

  /** A list's string item or a map's key: identifiers (media, entity types, tag names). */
  public static final int ITEM_LENGTH = 100;

  /** A map's string value or a string inside free-form values (tag values, entity values). */
  public static final int VALUE_LENGTH = 2000;

  /** Digits a number may have before, and after, its decimal point. */
  public static final int MAX_DIGITS = 30;

  /**
   * Times and dates have four-digit years: {@code +999999-01-01T00:00:00Z} parses, and PostgreSQL
   * refuses it (or its negative) when stored.
   */
  public static final int MIN_YEAR = 1;

  public static final int MAX_YEAR = 9999;

  private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

  /** How a string at one place may look. */
  record TextBound(int maxLength, boolean multiline) {

    static final TextBound ITEM = new TextBound(ITEM_LENGTH, false);
    static final TextBound VALUE = new TextBound(VALUE_LENGTH, true);

    static TextBound of(RecordComponent component) {
      // @Schema does not target record components: Java keeps it on the accessor.
      Schema schema = component.getAccessor().getAnnotation(Schema.class);
      if (schema == null) {
        return new TextBound(Integer.MAX_VALUE, false);
      }
      boolean multiline =
          Arrays.stream(schema.extensions()).map(Extension::name).anyMatch(MULTILINE::equals);
      return new TextBound(schema.maxLength(), multiline);
    }
  }

  /** A record's property as the check needs it: its declared type and its text bound. */
  private record Property(Type type, TextBound bound) {}

  /**
   * Each record's properties by name, read once per class: reflecting on the record (its
   * components, each accessor's schema) on every request was a twentieth of a create's CPU.
   */
  private static final ClassValue<Map<String, Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Map<String, Property> computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .collect(
                  Collectors.toUnmodifiableMap(
                      RecordComponent::getName,
                      c -> new Property(c.getGenericType(), TextBound.of(c))));
        }
      };

  /** Each enum's constant names, in declaration order. */
  private static final ClassValue<List<String>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
      };

  private final List<FieldError> malformed = new ArrayList<>();
  private final List<FieldError> invalid = new ArrayList<>();

  private JsonShape() {}

  /**
   * Refuses {@code document} unless it fits {@code type}: a wrong JSON type or an unknown property
   * is a malformed body (400), a bad value an invalid input (422). Every fault is named at once.
   */
  static void check(JsonValue document, Type type) {
    JsonShape shape = new JsonShape();
    shape.value(document, type, "", TextBound.VALUE, true);
    if (!shape.malformed.isEmpty()) {
      List<FieldError> all = new ArrayList<>(shape.malformed);
      all.addAll(shape.invalid);
      throw new MalformedBodyException("The body is not JSON of the expected shape", all);
    }
    if (!shape.invalid.isEmpty()) {
      throw new InvalidInputException(shape.invalid);
    }
  }

  private void value(JsonValue json, Type type, String path, TextBound bound, boolean nullable) {
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      if (!nullable) {
        invalid.add(new FieldError(name(path), "REQUIRED", "must not be null"));
      } else if (type instanceof Class<?> c && c.isPrimitive()) {
        wrongType(path, describe(c));
      }
      return;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      text(json, path, bound);
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (json != JsonValue.TRUE && json != JsonValue.FALSE) {
        wrongType(path, "true or false");
      }
    } else if (raw == int.class || raw == Integer.class) {
      whole(json, path, MIN_INT, MAX_INT);
    } else if (raw == long.class || raw == Long.class) {
      whole(json, path, MIN_LONG, MAX_LONG);
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      if (json instanceof JsonNumber number) {
        bounded(number, path);
      } else {
        wrongType(path, "a number");
      }
    } else if (raw == Instant.class || raw == LocalDate.class) {
      time(json, path, raw);
    } else if (raw.isEnum()) {
      constant(json, path, raw);
    } else if (Collection.class.isAssignableFrom(raw)) {
      list(json, argument(type, 0), path);
    } else if (Map.class.isAssignableFrom(raw)) {
      map(json, argument(type, 1), path);
    } else if (raw.isRecord()) {
      record(json, raw, path);
    } else if (raw == Object.class) {
      free(json, path);
    }
  }

  private void text(JsonValue json, String path, TextBound bound) {
    if (!(json instanceof JsonString string)) {
      wrongType(path, "a string");
      return;
    }
    String value = string.getString();
    String problem = Text.problem(value, bound.multiline());
    if (problem != null) {
      invalid.add(new FieldError(name(path), "INVALID_TEXT", problem));
    } else if (value.length() > bound.maxLength()) {
      invalid.add(
          new FieldError(
              name(path), "OUT_OF_RANGE", "must be at most " + bound.maxLength() + " characters"));
    }
  }

  private void whole(JsonValue json, String path, BigDecimal min, BigDecimal max) {
    if (!(json instanceof JsonNumber number)) {
      wrongType(path, "a whole number");
      return;
    }
    BigDecimal value = number.bigDecimalValue();
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      invalid.add(
          new FieldError(name(path), "OUT_OF_RANGE", "must be between " + min + " and " + max));
    } else if (value.stripTrailingZeros().scale() > 0) {
      wrongType(path, "a whole number");
    }
  }

  /**
   * Refuses numbers no field needs that would be costly to use: {@code 1e999999999} is one short
   * JSON token, but scaling it to an amount's 2 decimals makes a billion digits.
   */
  private void bounded(JsonNumber number, String path) {
    BigDecimal value = number.bigDecimalValue();
    int integerDigits = value.precision() - value.scale();
    if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS) {
      invalid.add(
          new FieldError(
              name(path),
              "OUT_OF_RANGE",
              "must have at most " + MAX_DIGITS + " digits before and after the point"));
    }
  }

  private void time(JsonValue json, String path, Class<?> type) {
    if (!(json instanceof JsonString string)) {
      wrongType(path, "a string");
      return;
    }
    try {
      int year =
          type == Instant.class
              ? Instant.parse(string.getString()).atOffset(ZoneOffset.UTC).getYear()
              : LocalDate.parse(string.getString()).getYear();
      if (year < MIN_YEAR || year > MAX_YEAR) {
        invalid.add(
            new FieldError(
                name(path),
                "OUT_OF_RANGE",
                "must be in the years " + MIN_YEAR + " to " + MAX_YEAR + " (four digits)"));
      }
    } catch (DateTimeParseException e) {
      invalid.add(
          new FieldError(
              name(path),
              "INVALID_FORMAT",
              type == Instant.class
                  ? "must be a UTC time such as 2026-12-01T09:30:00Z"
                  : "must be a date such as 2026-12-01"));
    }
  }

  private void constant(JsonValue json, String path, Class<?> type) {
    if (!(json instanceof JsonString string)) {
      wrongType(path, "a string");
      return;
    }
    List<String> names = CONSTANTS.get(type);
    if (!names.contains(string.getString())) {
      invalid.add(
          new FieldError(
              name(path), "UNKNOWN_VALUE", "must be one of " + String.join(", ", names)));
    }
  }

  private void list(JsonValue json, Type item, String path) {
    if (json.getValueType() != JsonValue.ValueType.ARRAY) {
      wrongType(path, "an array");
      return;
    }
    List<JsonValue> items = json.asJsonArray();
    for (int i = 0; i < items.size(); i++) {
      value(items.get(i), item, path + "[" + i + "]", TextBound.ITEM, false);
    }
  }

  private void map(JsonValue json, Type value, String path) {
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      wrongType(path, "an object");
      return;
    }
    for (Map.Entry<String, JsonValue> entry : json.asJsonObject().entrySet()) {
      String at = key(path, entry.getKey());
      if (named(entry.getKey(), at)) {
        // Free-form values may be null (an entity field without a value); typed ones may not.
        value(entry.getValue(), value, at, TextBound.VALUE, raw(value) == Object.class);
      }
    }
  }

  private void record(JsonValue json, Class<?> type, String path) {
    if (!(json instanceof JsonObject object)) {
      wrongType(path, "an object");
      return;
    }
    Map<String, Property> properties = PROPERTIES.get(type);
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String at = key(path, entry.getKey());
      Property property = properties.get(entry.getKey());
      if (property == null) {
        if (named(entry.getKey(), at)) {
          malformed.add(new FieldError(at, "UNKNOWN_PROPERTY", "is not a property of this object"));
        }
      } else {
        value(entry.getValue(), property.type(), at, property.bound(), true);
      }
    }
  }

  /** Free-form values (an entity's): any JSON, each string text within the value bound. */
  private void free(JsonValue json, String path) {
    switch (json.getValueType()) {
      case STRING -> text(json, path, TextBound.VALUE);
      case ARRAY -> {
        List<JsonValue> items = json.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
          free(items.get(i), path + "[" + i + "]");
        }
      }
      case OBJECT -> {
        for (Map.Entry<String, JsonValue> entry : json.asJsonObject().entrySet()) {
          String at = key(path, entry.getKey());
          if (named(entry.getKey(), at)) {
            free(entry.getValue(), at);
          }
        }
      }
      case NUMBER -> bounded((JsonNumber) json, path);
      default -> {
        // booleans and null are what they are
      }
    }
  }

  /** Whether a property name is text within the item bound; named by its path when not. */
  private boolean named(String name, String at) {
    String problem = Text.problem(name, false);
    if (problem == null && name.length() > ITEM_LENGTH) {
      problem = "must be a name of at most " + ITEM_LENGTH + " characters";
    }
    if (problem != null) {
      invalid.add(new FieldError(Excerpt.of(at), "INVALID_NAME", problem));
      return false;
    }
    return true;
  }

  private void wrongType(String path, String expected) {
    malformed.add(new FieldError(name(path), "WRONG_TYPE", "must be " + expected));
  }

  private static String key(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String name(String path) {
    return path.isEmpty() ? "$" : path;
  }

  private static String describe(Class<?> primitive) {
    return primitive == boolean.class ? "true or false" : "a number";
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
