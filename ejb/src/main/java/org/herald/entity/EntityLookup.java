package org.herald.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a stored referring entity by type and number; how rendering follows a reference (a
 * payment's accounts receivable). The repository of referring entities implements it.
 */
@FunctionalInterface
public interface EntityLookup {

  Optional<EntityRecord> find(String type, String number);

  /**
   * The records of a type among these numbers, by number (the missing ones left out): one find
   * each, unless the store answers many at once.
   */
  default Map<String, EntityRecord> findAll(String type, Collection<String> numbers) {
    Map<String, EntityRecord> found = new HashMap<>();
    for (String number : numbers) {
      find(type, number).ifPresent(record -> found.put(number, record));
    }
    return found;
  }

  /** A lookup over records held in memory (tests, demo data, benchmarks). */
  static EntityLookup of(Collection<? extends EntityRecord> records) {
    Map<String, Map<String, EntityRecord>> byType = new HashMap<>();
    for (EntityRecord record : records) {
      byType.computeIfAbsent(record.type(), type -> new HashMap<>()).put(record.number(), record);
    }
    return (type, number) -> Optional.ofNullable(byType.getOrDefault(type, Map.of()).get(number));
  }

  /**
   * This lookup, remembering what it found so that one rendering asks for each record once (a
   * receipt names its payment's accounts receivable three times). Not thread-safe: one per
   * rendering.
   */
  default EntityLookup remembering() {
    return new RememberingLookup(this);
  }

  /** This lookup for a batch of renderings, which fetches their records together first. */
  default BatchLookup forBatch() {
    return new BatchLookup(this);
  }
}
