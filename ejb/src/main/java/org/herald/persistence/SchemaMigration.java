package org.herald.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else starts: Flyway owns the schema, JPA never
 * generates DDL. Migrations common to PostgreSQL and H2 live in {@code db/migration/common}, what
 * differs in a folder per database.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    String folder = "db/migration/" + vendorFolder();
    var result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:" + folder)
            // The server's own tables may be there before Herald's first deployment: the EJB timer
            // store (EJB__TIMER__TBL, which persistent timers need before any application starts)
            // and Jakarta Batch's job repository. Herald's schema then starts from version 0.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.log(
        System.Logger.Level.INFO,
        "Schema at version {0} ({1} migrations applied from {2})",
        result.targetSchemaVersion,
        result.migrationsExecuted,
        folder);
  }

  private String vendorFolder() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase().contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
