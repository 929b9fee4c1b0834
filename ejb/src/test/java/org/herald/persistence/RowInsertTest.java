package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowInsertTest {

  record Row(long id, String name) {}

  private static final RowInsert<Row> INSERT =
      new RowInsert<>("t", RowColumns.<Row>of().bigint("id", Row::id).text("name", Row::name));

  @Test
  void oneRowAtATimeOrAllAsArrays() {
    assertEquals("INSERT INTO t (id, name) VALUES (?, ?)", INSERT.each());
    assertEquals(
        "INSERT INTO t (id, name) SELECT * FROM unnest(?::bigint[], ?::varchar[]) AS r(id, name)",
        INSERT.all());
  }
}
