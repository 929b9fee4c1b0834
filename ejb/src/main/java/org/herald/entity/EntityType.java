package org.herald.entity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.error.Violations;

/**
 * A kind of record the CRM syncs (a wallet, a bill, …): its snake_case name and its fields. Every
 * type has a {@code number}, the CRM's key of the record.
 */
public final class EntityType {

  private final String name;
  private final Map<String, EntityField> fields;

  public EntityType(String name, List<EntityField> fields) {
    this.name = name;
    Map<String, EntityField> byName = new LinkedHashMap<>();
    for (EntityField field : fields) {
      if (byName.put(field.name(), field) != null) {
        throw new IllegalArgumentException(name + " declares " + field.name() + " twice");
      }
    }
    if (!byName.containsKey(EntityRecord.NUMBER)) {
      throw new IllegalArgumentException(name + " has no number field");
    }
    this.fields = Collections.unmodifiableMap(byName);
  }

  public String name() {
    return name;
  }

  /** The fields in declaration order. */
  public Collection<EntityField> fields() {
    return fields.values();
  }

  public Optional<EntityField> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName));
  }

  /**
   * The stored values of a record given as raw JSON-like values (String, Number, Boolean, List), or
   * a refusal listing every unknown field and every value of the wrong kind, named by field. Null
   * values are left out: an undefined field renders empty.
   */
  public Map<String, Object> parse(Map<String, ?> raw) {
    Violations violations = new Violations();
    Map<String, Object> values = parse(raw, "", violations);
    violations.throwIfAny();
    return values;
  }

  /**
   * As {@link #parse(Map)}, recording errors against {@code pathPrefix + field} (e.g. {@code
   * "values."}) so the values can be checked together with the rest of a request.
   */
  public Map<String, Object> parse(Map<String, ?> raw, String pathPrefix, Violations violations) {
    Map<String, Object> values = new LinkedHashMap<>();
    raw.forEach(
        (fieldName, rawValue) -> {
          EntityField field = fields.get(fieldName);
          if (field == null) {
            violations.add(pathPrefix + fieldName, "UNKNOWN_FIELD", "is not a field of " + name);
            return;
          }
          Object value = field.parse(pathPrefix + fieldName, rawValue, violations);
          if (value != null) {
            values.put(fieldName, value);
          }
        });
    return Map.copyOf(values);
  }

  @Override
  public String toString() {
    return name;
  }
}
