package org.herald.entity;

import java.util.Objects;
import org.herald.error.Violations;

/**
 * One field of an entity type: its snake_case name as tags spell it, its kind and, for a reference,
 * the entity type it points to.
 */
public record EntityField(String name, FieldKind kind, String target) {

  public EntityField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if ((kind == FieldKind.REFERENCE) != (target != null)) {
      throw new IllegalArgumentException("only a reference has a target type: " + name);
    }
  }

  public static EntityField text(String name) {
    return new EntityField(name, FieldKind.TEXT, null);
  }

  public static EntityField number(String name) {
    return new EntityField(name, FieldKind.NUMBER, null);
  }

  public static EntityField amount(String name) {
    return new EntityField(name, FieldKind.AMOUNT, null);
  }

  public static EntityField date(String name) {
    return new EntityField(name, FieldKind.DATE, null);
  }

  public static EntityField flag(String name) {
    return new EntityField(name, FieldKind.BOOLEAN, null);
  }

  public static EntityField collection(String name) {
    return new EntityField(name, FieldKind.COLLECTION, null);
  }

  public static EntityField reference(String name, String target) {
    return new EntityField(name, FieldKind.REFERENCE, Objects.requireNonNull(target, "target"));
  }

  public boolean isReference() {
    return kind == FieldKind.REFERENCE;
  }

  /** The stored value of {@code raw}; null stays null (the field is undefined). */
  Object parse(String path, Object raw, Violations violations) {
    return raw == null ? null : kind.parse(path, raw, violations);
  }
}
