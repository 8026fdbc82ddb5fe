package no.ordna.cms.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses every change it is attached to: on the embedded database it makes a
 * table append-only (the MariaDB schema does the same with {@code SIGNAL}).
 */
public class AppendOnlyTrigger implements Trigger {

  private String table = "table";

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type) {
    this.table = table;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        table + " is append-only: rows cannot be " + (newRow == null ? "deleted" : "changed"),
        "45000");
  }
}
