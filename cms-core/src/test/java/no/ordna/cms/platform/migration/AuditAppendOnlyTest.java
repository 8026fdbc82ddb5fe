package no.ordna.cms.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The embedded database refuses to change or remove audit rows once the product's migrations have
 * run (the same migrations, configured as at start-up). MariaDB's triggers are shown by an
 * integration test.
 */
class AuditAppendOnlyTest {

  @Test
  void theEmbeddedDatabaseRefusesUpdatesAndDeletesOfAuditRows() throws SQLException {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:audit"
            + System.nanoTime()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
    SchemaMigrator.flyway(db, "", true).migrate();

    try (Connection connection = db.getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO audit_event (id, occurred_at, actor, action) VALUES"
              + " ('00000000-0000-0000-0000-000000000001', CURRENT_TIMESTAMP, 'admin', 'item.save')");

      SQLException update =
          assertThrows(
              SQLException.class,
              () -> sql.executeUpdate("UPDATE audit_event SET actor = 'someone else'"));
      SQLException delete =
          assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));

      assertTrue(update.getMessage().contains("append-only"), update.getMessage());
      assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
      try (var rows = sql.executeQuery("SELECT actor FROM audit_event")) {
        rows.next();
        assertEquals("admin", rows.getString(1));
      }
    }
  }
}
