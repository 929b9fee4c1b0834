package org.herald.entity;

/**
 * A stored referring entity as rendering reads it: its type, its number and its values by field,
 * each of the Java type its {@link FieldKind} names (a reference holds the referenced number).
 */
public interface EntityRecord {

  /** The name of the field every type has: the CRM's key of the record. */
  String NUMBER = "number";

  /** The entity type's name, e.g. {@code accounts_receivable}. */
  String type();

  String number();

  /** The value of a field, or null when the record has none. */
  Object value(String field);
}
