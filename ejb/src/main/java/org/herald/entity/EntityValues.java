package org.herald.entity;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.error.Violations;

/**
 * Validated entity values in their JSON form: amounts and numbers as JSON numbers (an amount keeps
 * its 2 decimals), dates as ISO text, booleans, text and lists of text. The form they are stored in
 * and the form the API answers with.
 */
public final class EntityValues {

  private EntityValues() {}

  /** The values as JSON-friendly Java values (dates become ISO text), in field order. */
  public static Map<String, Object> toJsonForm(EntityType type, Map<String, Object> values) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (EntityField field : type.fields()) {
      Object value = values.get(field.name());
      if (value != null) {
        json.put(field.name(), value instanceof LocalDate date ? date.toString() : value);
      }
    }
    return json;
  }

  static String toJson(Map<String, Object> values) {
    JsonObjectBuilder object = PROVIDER.createObjectBuilder();
    values.forEach(
        (name, value) -> {
          if (value instanceof BigDecimal number) {
            object.add(name, number);
          } else if (value instanceof Boolean flag) {
            object.add(name, flag);
          } else if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = PROVIDER.createArrayBuilder();
            items.forEach(item -> array.add(String.valueOf(item)));
            object.add(name, array);
          } else {
            object.add(name, value.toString()); // text, reference, ISO date
          }
        });
    return object.build().toString();
  }

  /**
   * Reads stored values back through the type's own parsing, so each has its kind's Java type; a
   * field the model has dropped since is ignored rather than failing the read.
   */
  static Map<String, Object> fromJson(EntityType type, String json) {
    JsonObject object;
    try (var reader = PROVIDER.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    Map<String, Object> raw = new LinkedHashMap<>();
    object.forEach((name, value) -> raw.put(name, plain(value)));
    raw.keySet().removeIf(name -> type.field(name).isEmpty());
    return type.parse(raw, "", new Violations());
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case STRING -> ((JsonString) value).getString();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
          items.add(plain(item));
        }
        yield items;
      }
      default -> null;
    };
  }
}
