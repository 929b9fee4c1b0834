package org.herald.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct access to the test database, to prove what was (and was not) stored. */
public final class Database {

  private Database() {}

  /** Runs a {@code SELECT COUNT(*) …} with string parameters. */
  public static long count(String sql, String... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Changes rows behind Herald's back, to stage what only a failure would leave behind (a node that
   * stopped mid-send); answers the number of rows changed.
   */
  public static int execute(String sql, String... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query, as text. */
  public static String text(String sql, String... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row of a query, as numbers. */
  public static List<Long> longs(String sql, String... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<Long> values = new ArrayList<>();
      while (result.next()) {
        values.add(result.getLong(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row of a query, as text. */
  public static List<String> texts(String sql, String... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A connection of the test's own, for work that needs one throughout (a schema, a transaction).
   */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("herald.it.db.url", "jdbc:postgresql://localhost:5432/herald_test"),
        System.getProperty("herald.it.db.user", "postgres"),
        System.getProperty("herald.it.db.password", "postgres"));
  }

  private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setString(i + 1, parameters[i]);
    }
    return statement;
  }
}
