package org.herald.persistence;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An H2 database in memory for the JDBC helpers' unit tests, with an entity manager that only
 * unwraps to its connection (all the helpers ask of one). Closing it drops what it holds.
 */
final class InMemoryDatabase implements AutoCloseable {

  private final Connection connection;

  private InMemoryDatabase(Connection connection) {
    this.connection = connection;
  }

  /** The database {@code name}, after running {@code statements} (its tables, its rows). */
  static InMemoryDatabase open(String name, String... statements) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name);
    try (Statement ddl = connection.createStatement()) {
      for (String statement : statements) {
        ddl.execute(statement);
      }
    }
    return new InMemoryDatabase(connection);
  }

  Connection connection() {
    return connection;
  }

  EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            InMemoryDatabase.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                return connection;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** What the helpers ask of the database behind {@link #entityManager()} (H2's answers). */
  DatabaseFeatures features() {
    DatabaseFeatures features = new DatabaseFeatures();
    features.em = entityManager();
    return features;
  }

  @Override
  public void close() throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("DROP ALL OBJECTS");
    }
    connection.close();
  }
}
