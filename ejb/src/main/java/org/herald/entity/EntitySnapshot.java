package org.herald.entity;

import java.util.Map;
import java.util.Objects;
import org.herald.error.Violations;

/** An immutable, already validated referring entity: what the CRM last sent for one record. */
public record EntitySnapshot(String type, String number, Map<String, Object> values)
    implements EntityRecord {

  public EntitySnapshot {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    values = Map.copyOf(values);
  }

  /**
   * Validates raw values (see {@link EntityType#parse(Map)}) for the record {@code number}; a
   * {@code number} among the values must be the same one.
   */
  public static EntitySnapshot of(EntityType type, String number, Map<String, ?> raw) {
    Violations violations = new Violations();
    Map<String, Object> values = type.parse(raw, "", violations);
    Object given = values.get(NUMBER);
    if (given != null && !given.equals(number)) {
      violations.add(NUMBER, "NUMBER_MISMATCH", "'" + given + "' is not the record's " + number);
    }
    violations.throwIfAny();
    return new EntitySnapshot(type.name(), number, values);
  }

  @Override
  public Object value(String field) {
    return NUMBER.equals(field) ? number : values.get(field);
  }
}
