package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queries run together, one after another where the database (H2) takes one query a statement: on
 * PostgreSQL the same queries go in one statement, which every integration test's create runs.
 */
class JdbcQueryTogetherTest {

  private static final JdbcQuery.Together OWNER_AND_ITEMS =
      JdbcQuery.together(
          "SELECT name FROM owner WHERE id = ?",
          "SELECT label FROM item WHERE owner_id = ? AND label <> ? ORDER BY label");

  private InMemoryDatabase db;
  private EntityManager em;
  private DatabaseFeatures features; // H2's: one query a statement

  @BeforeEach
  void tables() throws SQLException {
    db =
        InMemoryDatabase.open(
            "together",
            "CREATE TABLE owner (id BIGINT PRIMARY KEY, name VARCHAR(20))",
            "CREATE TABLE item (owner_id BIGINT, label VARCHAR(20))",
            "INSERT INTO owner VALUES (1, 'Ada'), (2, 'Bob')",
            "INSERT INTO item VALUES (1, 'pen'), (1, 'ink'), (1, 'nib'), (2, 'cup')");
    em = db.entityManager();
    features = db.features();
  }

  @AfterEach
  void drop() throws SQLException {
    db.close();
  }

  @Test
  void eachQueryTakesItsOwnParametersAndAnswersInOrder() {
    List<String> read =
        OWNER_AND_ITEMS.run(
            em,
            features,
            List.of(List.of(1L), List.of(1L, "nib")),
            results -> {
              List<String> all = new ArrayList<>(labels(results.next()));
              all.addAll(labels(results.next()));
              return all;
            });
    assertEquals(List.of("Ada", "ink", "pen"), read);
  }

  @Test
  void aReaderMayStopBeforeTheLastQuery() {
    String name =
        OWNER_AND_ITEMS.run(
            em,
            features,
            List.of(List.of(2L), List.of(2L, "")),
            results -> labels(results.next()).get(0));
    assertEquals("Bob", name);
  }

  @Test
  void parametersForEveryQueryOrNone() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OWNER_AND_ITEMS.run(em, features, List.of(List.of(1L)), results -> null));
  }

  private static List<String> labels(ResultSet rows) throws SQLException {
    List<String> labels = new ArrayList<>();
    while (rows.next()) {
      labels.add(rows.getString(1));
    }
    return labels;
  }
}
