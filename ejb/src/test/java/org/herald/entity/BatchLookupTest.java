package org.herald.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchLookupTest {

  /** A store of two bills that counts how it is asked. */
  private static final class CountingStore implements EntityLookup {
    final EntityLookup records =
        EntityLookup.of(
            List.of(
                new EntitySnapshot("bill", "B1", Map.of("amount", 10)),
                new EntitySnapshot("bill", "B2", Map.of("amount", 20))));
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<EntityRecord> find(String type, String number) {
      asked.add("find " + number);
      return records.find(type, number);
    }

    @Override
    public Map<String, EntityRecord> findAll(String type, Collection<String> numbers) {
      asked.add("findAll " + numbers.size());
      return EntityLookup.super.findAll(type, numbers);
    }
  }

  @Test
  void aBatchIsFetchedOnceAndThenAnsweredFromMemoryFoundOrNot() {
    CountingStore store = new CountingStore();
    BatchLookup lookup = store.forBatch();

    lookup.fetch("bill", List.of("B1", "B2", "B3", "B1"));
    int afterFetch = store.asked.size();

    assertEquals(20, lookup.find("bill", "B2").orElseThrow().value("amount"));
    assertTrue(lookup.find("bill", "B3").isEmpty(), "a missing one is remembered as missing");
    lookup.fetch("bill", List.of("B1", "B2"));
    assertEquals(afterFetch, store.asked.size(), "nothing asked again: " + store.asked);
    assertEquals("findAll 3", store.asked.get(0), "one question for the three distinct numbers");
  }

  @Test
  void aRecordNotFetchedIsFoundOnceAndRemembered() {
    CountingStore store = new CountingStore();
    BatchLookup lookup = store.forBatch();

    lookup.find("bill", "B1");
    lookup.find("bill", "B1");

    assertEquals(List.of("find B1"), store.asked);
  }
}
