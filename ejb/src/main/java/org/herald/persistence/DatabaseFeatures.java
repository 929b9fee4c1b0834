package org.herald.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the database behind the persistence unit offers beyond the SQL PostgreSQL and H2 share,
 * asked once. Herald runs in production on PostgreSQL; H2 serves the demo and some tests.
 */
@ApplicationScoped
public class DatabaseFeatures {

  @PersistenceContext EntityManager em;

  private volatile Boolean postgreSql;

  /**
   * Whether a statement may take its rows as arrays and {@code unnest} them ({@link
   * RowColumns#unnest}): PostgreSQL does, H2 does not. Call it in a transaction.
   */
  public boolean unnestsArrays() {
    return postgreSql();
  }

  /**
   * Whether several queries may go in one prepared statement, answering a result set each ({@link
   * JdbcQuery.Together}): PostgreSQL's driver sends them in one round trip; H2's takes one query a
   * statement. Call it in a transaction.
   */
  public boolean runsQueriesTogether() {
    return postgreSql();
  }

  private boolean postgreSql() {
    Boolean known = postgreSql;
    if (known == null) {
      known = "PostgreSQL".equals(productName());
      postgreSql = known;
    }
    return known;
  }

  private String productName() {
    try {
      return em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new PersistenceException("Cannot tell which database Herald runs on", e);
    }
  }
}
