package org.herald.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A field reached from an entity type by following references, such as {@code
 * payment.accounts_receivable.wallet.balance}: the fields on the way and the one at the end.
 */
public final class FieldPath {

  private final EntityType root;
  private final EntityField[] fields;
  private final String name;

  FieldPath(EntityType root, List<EntityField> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a path names at least one field");
    }
    for (int i = 0; i < fields.size() - 1; i++) {
      if (!fields.get(i).isReference()) {
        throw new IllegalArgumentException(fields.get(i).name() + " is not a reference");
      }
    }
    this.root = root;
    this.fields = fields.toArray(EntityField[]::new);
    StringBuilder dotted = new StringBuilder(root.name());
    for (EntityField field : fields) {
      dotted.append('.').append(field.name());
    }
    this.name = dotted.toString();
  }

  /** The dotted path as tags spell it, starting with the root type. */
  public String name() {
    return name;
  }

  public EntityType root() {
    return root;
  }

  /** The field whose value the path yields. */
  public EntityField field() {
    return fields[fields.length - 1];
  }

  public FieldKind kind() {
    return field().kind();
  }

  /** How many references the path follows. */
  public int hops() {
    return fields.length - 1;
  }

  FieldPath then(EntityField next) {
    List<EntityField> longer = new ArrayList<>(List.of(fields));
    longer.add(next);
    return new FieldPath(root, longer);
  }

  /**
   * The value at the end of the path, starting from {@code record} (of the root type) and finding
   * each referenced record with {@code lookup}; null when a record or a value on the way is
   * missing.
   */
  public Object valueIn(EntityRecord record, EntityLookup lookup) {
    EntityRecord current = record;
    for (int i = 0; i < fields.length - 1; i++) {
      Object number = current.value(fields[i].name());
      if (number == null) {
        return null;
      }
      Optional<EntityRecord> next = lookup.find(fields[i].target(), number.toString());
      if (next.isEmpty()) {
        return null;
      }
      current = next.get();
    }
    return current.value(fields[fields.length - 1].name());
  }

  @Override
  public String toString() {
    return name;
  }
}
