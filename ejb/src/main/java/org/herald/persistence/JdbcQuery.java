package org.herald.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One statement on the current transaction's connection, its rows read by the caller: for the
 * statements a dispatcher runs for every batch (locking due entries, and the entries a receipt
 * settles; many new rows inserted as arrays, {@link RowInsert}), where the provider's native query
 * costs more than the database does. As with {@link JdbcBatch}, no flush of the persistence context
 * comes first.
 */
public final class JdbcQuery {

  /** Reads what the query answered. */
  @FunctionalInterface
  public interface Reader<R> {
    R read(ResultSet rows) throws SQLException;
  }

  /** Binds the statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private JdbcQuery() {}

  /**
   * Runs {@code sql} with {@code parameters} bound in order (as JDBC objects: times already {@link
   * InstantConverter#toNative native}) and hands its rows to {@code reader}.
   */
  public static <R> R run(EntityManager em, String sql, List<?> parameters, Reader<R> reader) {
    Connection connection = em.unwrap(Connection.class); // this transaction's connection
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      inOrder(parameters).bind(query);
      try (ResultSet rows = query.executeQuery()) {
        return reader.read(rows);
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not run: " + sql, e);
    }
  }

  /** Binds {@code values} in order, as JDBC objects (times already native). */
  public static Parameters inOrder(List<?> values) {
    return statement -> {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
    };
  }

  /** Runs the update {@code sql} with what {@code parameters} binds; answers its update count. */
  public static int update(EntityManager em, String sql, Parameters parameters) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      parameters.bind(update);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("Could not run: " + sql, e);
    }
  }
}
