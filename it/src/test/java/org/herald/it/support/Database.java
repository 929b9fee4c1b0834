package org.herald.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the test database, to prove what was (and was not) stored. */
public final class Database {

  private Database() {}

  /** Runs a {@code SELECT COUNT(*) …} with string parameters. */
  public static long count(String sql, String... parameters) {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty(
                    "herald.it.db.url", "jdbc:postgresql://localhost:5432/herald_test"),
                System.getProperty("herald.it.db.user", "postgres"),
                System.getProperty("herald.it.db.password", "postgres"));
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
