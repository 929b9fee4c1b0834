package org.herald.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lookup for a batch (the events of one message, the communications of one request): the records
 * the batch will need are fetched a type at a time ({@link #fetch}), one query for many, and every
 * record found is remembered, so a hundred renderings that follow their payments to the same kind
 * of record make one round trip, not a hundred. Not thread-safe: one per batch.
 */
public final class BatchLookup implements EntityLookup {

  private final EntityLookup source;
  private final Map<EntityKey, Optional<EntityRecord>> found = new HashMap<>();

  BatchLookup(EntityLookup source) {
    this.source = source;
  }

  /** Fetches the records of a type among these numbers that it does not know yet. */
  public void fetch(String type, Collection<String> numbers) {
    List<String> unknown =
        numbers.stream()
            .distinct()
            .filter(number -> !found.containsKey(new EntityKey(type, number)))
            .toList();
    if (unknown.isEmpty()) {
      return;
    }
    Map<String, EntityRecord> records = source.findAll(type, unknown);
    for (String number : unknown) {
      found.put(new EntityKey(type, number), Optional.ofNullable(records.get(number)));
    }
  }

  @Override
  public Optional<EntityRecord> find(String type, String number) {
    EntityKey key = new EntityKey(type, number);
    Optional<EntityRecord> record = found.get(key);
    if (record == null) {
      record = source.find(type, number);
      found.put(key, record);
    }
    return record;
  }
}
