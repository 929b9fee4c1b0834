package org.herald.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;

/**
 * One statement run for many rows as a single JDBC batch on the current transaction's connection.
 * For rows no entity maps (projections, outcome keys) or written without reading their entities
 * back: one round trip instead of one per row, and no flush of the persistence context, which a
 * native query through the entity manager would first make (its cost grows with everything the
 * transaction has made so far).
 */
public final class JdbcBatch {

  /** Binds one row's parameters. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  private JdbcBatch() {}

  /** Binds an id column that may be null. */
  public static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
    if (id == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, id);
    }
  }

  /** Runs {@code sql} once per row; answers each row's update count, in order. */
  public static <T> int[] run(
      EntityManager em, String sql, Collection<? extends T> rows, Binder<T> binder) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    Connection connection = em.unwrap(Connection.class); // this transaction's connection
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
      }
      return statement.executeBatch();
    } catch (SQLException e) {
      PersistenceException failed =
          new PersistenceException("Could not run a batch of " + rows.size() + ": " + sql, e);
      if (e.getNextException() != null) { // the driver's reason for the row that failed
        failed.addSuppressed(e.getNextException());
      }
      throw failed;
    }
  }
}
