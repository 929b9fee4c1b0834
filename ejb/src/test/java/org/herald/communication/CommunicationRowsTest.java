package org.herald.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.herald.persistence.MappedColumns;
import org.junit.jupiter.api.Test;

class CommunicationRowsTest {

  @Test
  void theBulkInsertWritesEveryColumnTheMappingHas() {
    assertEquals(
        MappedColumns.of(Communication.class),
        MappedColumns.insertedBy(CommunicationRows.INSERT.each()));
  }
}
