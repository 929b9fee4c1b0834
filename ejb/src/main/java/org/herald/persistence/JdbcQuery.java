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

  /** The result sets of queries run {@link Together}, one after another in the queries' order. */
  @FunctionalInterface
  public interface Results {
    /** The next query's rows; the previous query's are closed. */
    ResultSet next() throws SQLException;
  }

  /** Reads the result sets of queries run together. */
  @FunctionalInterface
  public interface ResultsReader<R> {
    R read(Results results) throws SQLException;
  }

  /**
   * Queries that are always run together, each with parameters of its own: on PostgreSQL in one
   * round trip (its driver sends a prepared statement of several queries at once, and answers a
   * result set for each), elsewhere one after another. A read of a few small related rows (a
   * contact and its addresses) costs the database and the server mostly the round trips.
   */
  public static final class Together {
    private final List<String> queries;
    private final String all;

    private Together(List<String> queries) {
      this.queries = List.copyOf(queries);
      this.all = oneStatement(queries);
    }

    /**
     * Runs the queries on the current transaction's connection, {@code parameters.get(i)} bound in
     * order to the i-th, in one statement where {@code features} says the database takes them so
     * ({@link DatabaseFeatures#runsQueriesTogether()}), and hands their result sets to {@code
     * reader}.
     */
    public <R> R run(
        EntityManager em,
        DatabaseFeatures features,
        List<? extends List<?>> parameters,
        ResultsReader<R> reader) {
      if (parameters.size() != queries.size()) {
        throw new IllegalArgumentException(
            queries.size() + " queries, parameters for " + parameters.size());
      }
      Connection connection = em.unwrap(Connection.class);
      try {
        return features.runsQueriesTogether()
            ? inOne(connection, parameters, reader)
            : oneByOne(connection, parameters, reader);
      } catch (SQLException e) {
        throw new PersistenceException("Could not run: " + all, e);
      }
    }

    private <R> R inOne(
        Connection connection, List<? extends List<?>> parameters, ResultsReader<R> reader)
        throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(all)) {
        int next = 1;
        for (List<?> values : parameters) {
          next = bind(statement, next, values);
        }
        statement.execute();
        boolean[] first = {true};
        return reader.read(
            () -> {
              if (!first[0] && !statement.getMoreResults()) {
                throw new SQLException("No more result sets than " + queries.size());
              }
              first[0] = false;
              return statement.getResultSet();
            });
      }
    }

    private <R> R oneByOne(
        Connection connection, List<? extends List<?>> parameters, ResultsReader<R> reader)
        throws SQLException {
      PreparedStatement[] open = new PreparedStatement[1];
      int[] next = {0};
      try {
        return reader.read(
            () -> {
              if (open[0] != null) {
                open[0].close();
              }
              int i = next[0]++;
              open[0] = connection.prepareStatement(queries.get(i));
              inOrder(parameters.get(i)).bind(open[0]);
              return open[0].executeQuery();
            });
      } finally {
        if (open[0] != null) {
          open[0].close();
        }
      }
    }
  }

  /** {@code queries} to be run {@link Together}, in this order. */
  public static Together together(String... queries) {
    return new Together(List.of(queries));
  }

  /** Binds {@code values} in order, as JDBC objects (times already native). */
  public static Parameters inOrder(List<?> values) {
    return statement -> bind(statement, 1, values);
  }

  /** Binds {@code values} in order from parameter {@code first} on; answers the next index. */
  static int bind(PreparedStatement statement, int first, List<?> values) throws SQLException {
    int next = first;
    for (Object value : values) {
      statement.setObject(next++, value);
    }
    return next;
  }

  /**
   * Several statements as the text of one prepared statement, which PostgreSQL's driver sends in
   * one round trip ({@link Together}, {@link Writes}).
   */
  static String oneStatement(List<String> statements) {
    return String.join(";\n", statements);
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
