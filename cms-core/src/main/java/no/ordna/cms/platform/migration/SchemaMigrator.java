package no.ordna.cms.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at start-up, before any request is served, with the
 * versioned migrations under {@code db/migration}. The same scripts run on MariaDB and on the
 * embedded H2 (MariaDB mode); the {@code tableOptions} placeholder carries MariaDB's engine and
 * character set (utf8mb4 with binary collation: text is stored and compared exactly).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
  static final String MARIADB_TABLE_OPTIONS =
      "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

  @Resource(lookup = "java:app/jdbc/cms")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(Map.of("tableOptions", tableOptions()))
            .validateMigrationNaming(true)
            .load();
    MigrateResult result = flyway.migrate();
    // the schema's version, not the last migration this instance applied: instances started
    // together share the work (Flyway takes each migration under a database lock)
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations applied now by this instance, on "
                + result.databaseType
                + ")");
  }

  private String tableOptions() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase().contains("h2") ? "" : MARIADB_TABLE_OPTIONS;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }
}
