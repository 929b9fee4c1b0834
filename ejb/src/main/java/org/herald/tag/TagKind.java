package org.herald.tag;

import org.herald.entity.FieldKind;

/** What a catalogue tag renders: an entity field of some kind, or a dynamic link. */
public enum TagKind {
  TEXT,
  NUMBER,
  AMOUNT,
  DATE,
  BOOLEAN,
  REFERENCE,
  COLLECTION,
  DYNAMIC_LINK;

  static TagKind of(FieldKind kind) {
    return switch (kind) {
      case TEXT -> TEXT;
      case NUMBER -> NUMBER;
      case AMOUNT -> AMOUNT;
      case DATE -> DATE;
      case BOOLEAN -> BOOLEAN;
      case REFERENCE -> REFERENCE;
      case COLLECTION -> COLLECTION;
    };
  }
}
