package org.herald.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Remembers the records one rendering found. A rendering follows only a handful of references, so a
 * short array searched in order beats a hash map and allocates nothing until the first find.
 */
final class RememberingLookup implements EntityLookup {

  private final EntityLookup source;
  private Object[] found; // type, number, Optional<EntityRecord>, repeated
  private int size;

  RememberingLookup(EntityLookup source) {
    this.source = source;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<EntityRecord> find(String type, String number) {
    for (int i = 0; i < size; i += 3) {
      if (type.equals(found[i]) && number.equals(found[i + 1])) {
        return (Optional<EntityRecord>) found[i + 2];
      }
    }
    Optional<EntityRecord> record = source.find(type, number);
    if (found == null) {
      found = new Object[12];
    } else if (size == found.length) {
      found = Arrays.copyOf(found, size * 2);
    }
    found[size++] = type;
    found[size++] = number;
    found[size++] = record;
    return record;
  }
}
