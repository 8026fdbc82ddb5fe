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
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.ordna.cms.platform.database.WithoutReadTimeout;
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
  static final String LEASE_TABLE = "cms_lease";
  static final String SETUP_MARKER = "cms_schema_setup";
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
    migrateSchema(dataSource, tableOptions);
  }

  /**
   * Applies the pending migrations and returns the Flyway that did. A new database (nothing but the
   * lease table) is marked with {@value #SETUP_MARKER} while its schema is first created, and the
   * mark is removed once every migration has run. MariaDB cannot take back DDL, so a process that
   * dies in the middle (kill -9, power loss) leaves some tables of a migration that its history
   * does not list, and that migration would fail on every later start; a start that finds the mark
   * knows the database held nothing but a half-made schema, drops it and creates it again.
   */
  static Flyway migrateSchema(DataSource dataSource, String tableOptions) {
    if (tables(dataSource).stream().anyMatch(SETUP_MARKER::equalsIgnoreCase)) {
      LOG.warning(
          "The first creation of the database schema was cut off (the process ended during it);"
              + " the half-made schema is dropped and created again");
      dropTablesBut(dataSource, tableOptions, Set.of(LEASE_TABLE, SETUP_MARKER));
    }
    // A new database holds nothing but the lease table (and the mark): Flyway would call it
    // "non-empty" and refuse, so it starts the history below the first migration there. Any other
    // table without a schema history still stops the start (a wrong database).
    boolean fresh =
        tables(dataSource).stream()
            .allMatch(t -> t.equalsIgnoreCase(LEASE_TABLE) || t.equalsIgnoreCase(SETUP_MARKER));
    if (fresh) {
      execute(
          dataSource,
          "CREATE TABLE IF NOT EXISTS "
              + SETUP_MARKER
              + " (started_at DATETIME(6) NOT NULL) "
              + tableOptions);
    }
    // a migration may alter a big table for longer than a request may wait on the database
    Flyway flyway = flyway(WithoutReadTimeout.of(dataSource), tableOptions, fresh);
    MigrateResult result = flyway.migrate();
    if (fresh) {
      execute(dataSource, "DROP TABLE " + SETUP_MARKER);
    }
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
    return flyway;
  }

  private static List<String> tables(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        var tables =
            connection
                .getMetaData()
                .getTables(
                    connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  private static void dropTablesBut(DataSource dataSource, String tableOptions, Set<String> kept) {
    boolean h2 = tableOptions.isEmpty();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      if (!h2) {
        sql.execute("SET FOREIGN_KEY_CHECKS = 0");
      }
      for (String table : tables(dataSource)) {
        if (kept.stream().noneMatch(table::equalsIgnoreCase)) {
          sql.execute("DROP TABLE IF EXISTS " + table + (h2 ? " CASCADE" : ""));
        }
      }
      if (!h2) {
        sql.execute("SET FOREIGN_KEY_CHECKS = 1");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop the half-made schema: " + e.getMessage(), e);
    }
  }

  private static void execute(DataSource dataSource, String statement) {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the schema: " + e.getMessage(), e);
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
