package org.herald.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The backfill's walk over unprojected records, against a store kept in memory: chunks by id, each
 * committed on its own, so a start that fails half-way keeps what it committed and the next start
 * does only the rest; records of a type the model lacks are passed once, not asked again forever.
 */
class FieldProjectionBackfillTest {

  /** Unprojected record ids; those in {@code unknownTypes} can never be projected. */
  private static final class Store {
    final TreeSet<Long> unprojected = new TreeSet<>();
    final Set<Long> unknownTypes;
    final List<Long> asked = new ArrayList<>();
    long failAt = -1;

    Store(long records, Set<Long> unknownTypes) {
      for (long id = 1; id <= records; id++) {
        unprojected.add(id);
      }
      this.unknownTypes = unknownTypes;
    }

    /** One chunk in its own transaction: all of it committed, or none if it fails. */
    FieldProjectionBackfill.Chunk chunk(long after, int size) {
      asked.add(after);
      List<Long> found = unprojected.tailSet(after, false).stream().limit(size).toList();
      if (found.contains(failAt)) {
        throw new IllegalStateException("the node stopped");
      }
      int projected = 0;
      for (long id : found) {
        if (!unknownTypes.contains(id)) {
          unprojected.remove(id);
          projected++;
        }
      }
      return new FieldProjectionBackfill.Chunk(
          found.size(), projected, found.isEmpty() ? after : found.get(found.size() - 1));
    }
  }

  @Test
  void everyRecordIsProjectedChunkByChunk() {
    Store store = new Store(1_234, Set.of());
    assertEquals(1_234, FieldProjectionBackfill.inChunks(after -> store.chunk(after, 500), 500));
    assertTrue(store.unprojected.isEmpty());
    assertEquals(List.of(0L, 500L, 1_000L), store.asked, "three chunks, each after the last");
  }

  @Test
  void aFullLastChunkEndsWithOneEmptyQuery() {
    Store store = new Store(1_000, Set.of());
    assertEquals(1_000, FieldProjectionBackfill.inChunks(after -> store.chunk(after, 500), 500));
    assertEquals(List.of(0L, 500L, 1_000L), store.asked);
  }

  @Test
  void aStartThatFailsHalfWayKeepsItsChunksAndTheNextDoesTheRest() {
    Store store = new Store(1_200, Set.of());
    store.failAt = 700;
    assertThrows(
        IllegalStateException.class,
        () -> FieldProjectionBackfill.inChunks(after -> store.chunk(after, 500), 500));
    assertEquals(700, store.unprojected.size(), "the first chunk stayed committed");

    store.failAt = -1;
    store.asked.clear();
    assertEquals(700, FieldProjectionBackfill.inChunks(after -> store.chunk(after, 500), 500));
    assertTrue(store.unprojected.isEmpty());
  }

  @Test
  void recordsOfUnknownTypesArePassedNotAskedForever() {
    Store store = new Store(12, Set.of(2L, 3L, 4L, 5L, 9L));
    assertEquals(7, FieldProjectionBackfill.inChunks(after -> store.chunk(after, 4), 4));
    assertEquals(Set.of(2L, 3L, 4L, 5L, 9L), store.unprojected);
    assertEquals(List.of(0L, 4L, 8L, 12L), store.asked);
  }
}
