package org.herald.entity;

import java.util.ArrayList;
import java.util.List;
import org.herald.error.Violations;

/**
 * Looks up the referring entities a request names (a preview's, a communication's), recording each
 * unknown type or record against its place in the request ({@code entities[1].number}).
 */
public final class EntityKeys {

  private EntityKeys() {}

  /** The records found, in order; every problem goes to {@code violations} under {@code field}. */
  public static List<EntityRecord> resolve(
      List<EntityKey> keys,
      EntityModel model,
      EntityLookup lookup,
      String field,
      Violations violations) {
    List<EntityRecord> records = new ArrayList<>();
    List<EntityKey> given = keys == null ? List.of() : keys;
    for (int i = 0; i < given.size(); i++) {
      EntityKey key = given.get(i);
      String at = field + "[" + i + "].";
      if (key == null || key.type() == null || model.type(key.type()).isEmpty()) {
        violations.add(
            at + "type",
            "UNKNOWN_ENTITY_TYPE",
            "'" + (key == null ? null : key.type()) + "' is not an entity type");
      } else if (key.number() == null || key.number().isBlank()) {
        violations.require(at + "number", key.number());
      } else {
        lookup
            .find(key.type(), key.number())
            .ifPresentOrElse(
                records::add,
                () ->
                    violations.add(
                        at + "number", "UNKNOWN_ENTITY", "no " + key.type() + " " + key.number()));
      }
    }
    return records;
  }
}
