package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes on H2, which runs them one by one (on PostgreSQL they go as one statement: every
 * integration test's create does).
 */
class WritesTest {

  record Parent(long id, String name) {}

  record Child(long id, long parentId) {}

  private static final RowInsert<Parent> PARENTS =
      new RowInsert<>(
          "parent", RowColumns.<Parent>of().bigint("id", Parent::id).text("name", Parent::name));
  private static final RowInsert<Child> CHILDREN =
      new RowInsert<>(
          "child",
          RowColumns.<Child>of().bigint("id", Child::id).bigint("parent_id", Child::parentId));

  private InMemoryDatabase db;
  private Writes writes;

  @BeforeEach
  void tables() throws SQLException {
    db =
        InMemoryDatabase.open(
            "writes",
            "CREATE TABLE parent (id BIGINT PRIMARY KEY, name VARCHAR(20))",
            "CREATE TABLE child (id BIGINT PRIMARY KEY, parent_id BIGINT REFERENCES parent)");
    writes = new Writes(db.entityManager(), db.features());
  }

  @AfterEach
  void drop() throws SQLException {
    db.close();
  }

  @Test
  void nothingIsWrittenUntilRunThenAllInTheOrderAdded() throws SQLException {
    PARENTS.addTo(writes, List.of(new Parent(1, "one")));
    CHILDREN.addTo(writes, List.of(new Child(10, 1))); // refers to the parent added before
    assertEquals(List.of(), ids("parent"));
    writes.run();
    assertEquals(List.of(1L), ids("parent"));
    assertEquals(List.of(10L), ids("child"));
    writes.run(); // what ran is not run again
    assertEquals(List.of(10L), ids("child"));
  }

  @Test
  void manyRowsGoAsABatchAfterWhatWasAddedBefore() throws SQLException {
    PARENTS.addTo(writes, List.of(new Parent(1, "one")));
    CHILDREN.addTo(writes, List.of(new Child(10, 1), new Child(11, 1)));
    assertEquals(List.of(1L), ids("parent"));
    assertEquals(List.of(10L, 11L), ids("child"));
  }

  @Test
  void aFailedStatementSaysWhichAndWhy() {
    CHILDREN.addTo(writes, List.of(new Child(10, 99)));
    PersistenceException failed = assertThrows(PersistenceException.class, writes::run);
    assertTrue(failed.getMessage().contains("INSERT INTO child"), failed.getMessage());
    assertTrue(failed.getCause() instanceof SQLException);
  }

  private List<Long> ids(String table) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement query = db.connection().createStatement();
        ResultSet rows = query.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }
}
