package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.herald.persistence.MappedColumns;
import org.junit.jupiter.api.Test;

class QueueRowsTest {

  @Test
  void theBulkInsertWritesEveryColumnTheMappingHas() {
    assertEquals(
        MappedColumns.of(QueueEntry.class),
        MappedColumns.insertedBy(QueueRepository.INSERT.each()));
  }

  @Test
  void theWriteBackSetsEveryColumnAnEntryMayChange() {
    assertEquals(
        MappedColumns.updatable(QueueEntry.class), MappedColumns.setBy(QueueRepository.WRITE_BACK));
  }

  @Test
  void theSettlementsAttemptInsertWritesEveryColumnTheMappingHas() {
    assertEquals(
        MappedColumns.of(QueueAttempt.class),
        MappedColumns.insertedBy(QueueRepository.INSERT_ATTEMPT.each()));
  }
}
