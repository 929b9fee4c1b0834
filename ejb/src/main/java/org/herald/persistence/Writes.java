package org.herald.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Statements a transaction writes one after another, with nothing read between them, sent together
 * by {@link #run}: on PostgreSQL as one prepared statement of them all (its driver sends them in
 * one round trip), elsewhere one by one. A create's communication and its queue entry are two
 * inserts into different tables, made by different classes: collected here, they cost the database
 * and the server one round trip instead of two.
 */
public final class Writes {

  /** Binds a statement's parameters from index {@code first} on; answers the next index. */
  @FunctionalInterface
  public interface Binding {
    int bind(PreparedStatement statement, int first) throws SQLException;
  }

  private record Write(String sql, Binding binding) {}

  private final EntityManager em;
  private final DatabaseFeatures features;
  private final List<Write> pending = new ArrayList<>();

  public Writes(EntityManager em, DatabaseFeatures features) {
    this.em = em;
    this.features = features;
  }

  /** Whether an insert of many rows may bind them as arrays ({@link RowColumns#unnest}). */
  public boolean unnestsArrays() {
    return features.unnestsArrays();
  }

  /** Adds a statement, run at the next {@link #run} after those added before it. */
  public void add(String sql, Binding binding) {
    pending.add(new Write(sql, binding));
  }

  /**
   * Runs {@code sql} once per row as a JDBC batch (where a database takes no arrays), after the
   * statements added so far.
   */
  public <T> void batch(String sql, Collection<? extends T> rows, JdbcBatch.Binder<T> binder) {
    run();
    JdbcBatch.run(em, sql, rows, binder);
  }

  /** Runs the statements added so far, in order, on the current transaction's connection. */
  public void run() {
    if (pending.isEmpty()) {
      return;
    }
    List<Write> writes = List.copyOf(pending);
    pending.clear();
    Connection connection = em.unwrap(Connection.class);
    if (writes.size() > 1 && features.runsQueriesTogether()) {
      execute(connection, JdbcQuery.oneStatement(writes.stream().map(Write::sql).toList()), writes);
    } else {
      for (Write write : writes) {
        execute(connection, write.sql(), List.of(write));
      }
    }
  }

  private static void execute(Connection connection, String sql, List<Write> writes) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int next = 1;
      for (Write write : writes) {
        next = write.binding().bind(statement, next);
      }
      statement.execute();
    } catch (SQLException e) {
      throw new PersistenceException("Could not run: " + sql, e);
    }
  }
}
