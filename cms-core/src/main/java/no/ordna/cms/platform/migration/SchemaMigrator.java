package no.ordna.cms.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.ordna.cms.platform.startup.HeldLease;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.startup.lock-wait", defaultValue = "PT15M")
  Duration maxWait;

  @PostConstruct
  void migrate() {
    // Instances started together migrate one at a time. Flyway's own lock (GET_LOCK) is enough on
    // one MariaDB server, but on a Galera cluster each node has its own named locks, so instances
    // on different nodes would apply the same migration twice; a lease row is certified
    // cluster-wide.
    String options = tableOptions();
    HeldLease.createTable(dataSource, options);
    try (HeldLease held =
        HeldLease.take(dataSource, "schema", "schema migration", maxWait, clock)) {
      runMigrations(options);
    }
  }

  private void runMigrations(String tableOptions) {
    // A new database holds nothing but the lease table: Flyway would call it "non-empty" and
    // refuse, so it starts the history below the first migration there. Any other table without a
    // schema history still stops the start (a wrong database).
    boolean fresh = onlyTheLeaseTable();
    Flyway flyway = flyway(dataSource, tableOptions, fresh);
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

  private boolean onlyTheLeaseTable() {
    try (Connection connection = dataSource.getConnection();
        var tables =
            connection
                .getMetaData()
                .getTables(
                    connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      boolean other = false;
      while (tables.next()) {
        other |= !tables.getString("TABLE_NAME").equalsIgnoreCase("cms_lease");
      }
      return !other;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /** The product's migrations for this database ({@code tableOptions} empty: the embedded H2). */
  static Flyway flyway(DataSource dataSource, String tableOptions, boolean fresh) {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .baselineOnMigrate(fresh)
        .baselineVersion("0")
        .baselineDescription("empty database")
        // what both databases share, and what each says in its own way (triggers)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(tableOptions))
        .placeholders(Map.of("tableOptions", tableOptions))
        .validateMigrationNaming(true)
        .load();
  }

  private static String vendor(String tableOptions) {
    return tableOptions.isEmpty() ? "h2" : "mariadb";
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
