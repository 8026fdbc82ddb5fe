package no.ordna.cms.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.ordna.cms.platform.startup.HeldLease;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A process that dies while it first creates the schema of a new database leaves a migration half
 * applied (its history row is written only at its end, and DDL cannot be taken back on MariaDB):
 * the next start finds the setup mark, drops the half-made schema and creates it whole. Shown on
 * the embedded database; CrashRecoveryIT kills a real first start on MariaDB.
 */
class InterruptedFirstMigrationTest {

  @Test
  void aFirstSchemaCreationCutOffInsideAMigrationIsMadeWholeAtTheNextStart() throws SQLException {
    JdbcDataSource db = database();
    HeldLease.createTable(db, "");
    // the first start: marked, the first three migrations done, the fourth cut off after its
    // first statements
    execute(
        db, "CREATE TABLE " + SchemaMigrator.SETUP_MARKER + " (started_at DATETIME(6) NOT NULL)");
    Flyway.configure()
        .configuration(SchemaMigrator.flyway(db, "", true).getConfiguration())
        .target("3")
        .load()
        .migrate();
    execute(db, "ALTER TABLE content_variant ADD COLUMN scheduled_publish_at DATETIME(6)");

    SchemaMigrator.migrateSchema(db, "");

    Flyway complete = SchemaMigrator.flyway(db, "", false);
    assertEquals(0, complete.info().pending().length, "no migration left to apply");
    assertTrue(complete.validateWithResult().validationSuccessful);
    assertEquals(
        count(db, "select count(*) from flyway_schema_history"),
        count(db, "select count(*) from flyway_schema_history where success"),
        "every migration applied whole");
    assertTrue(count(db, "select count(*) from flyway_schema_history") > 10);
    assertFalse(tableExists(db, SchemaMigrator.SETUP_MARKER), "the mark is gone");
    execute(
        db,
        "INSERT INTO audit_event (id, occurred_at, actor, action) VALUES"
            + " ('00000000-0000-0000-0000-000000000001', CURRENT_TIMESTAMP, 'admin', 'x')");
  }

  @Test
  void aCompleteFirstStartLeavesNoMarkAndALaterStartAppliesNothing() throws SQLException {
    JdbcDataSource db = database();
    HeldLease.createTable(db, "");

    SchemaMigrator.migrateSchema(db, "");
    long migrations = count(db, "select count(*) from flyway_schema_history");
    SchemaMigrator.migrateSchema(db, "");

    assertFalse(tableExists(db, SchemaMigrator.SETUP_MARKER));
    assertEquals(migrations, count(db, "select count(*) from flyway_schema_history"));
  }

  private static JdbcDataSource database() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:interrupted"
            + System.nanoTime()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
    return db;
  }

  private static void execute(JdbcDataSource db, String statement) throws SQLException {
    try (Connection connection = db.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  private static long count(JdbcDataSource db, String query) throws SQLException {
    try (Connection connection = db.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static boolean tableExists(JdbcDataSource db, String table) throws SQLException {
    try (Connection connection = db.getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
      return rows.next();
    }
  }
}
