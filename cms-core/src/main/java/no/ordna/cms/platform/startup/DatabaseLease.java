package no.ordna.cms.platform.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * One named lease in the {@code cms_lease} table, held by at most one instance at a time: taken by
 * inserting its row (the primary key admits one holder, on MariaDB, Galera and H2 alike), kept by
 * renewing its expiry, given back by deleting the row. A holder that died leaves a row that others
 * may take over once it has expired. Plain JDBC in auto-commit mode, outside any transaction of the
 * caller: the lease must be visible to other instances while the caller's own work is still
 * uncommitted. Times are UTC from the instances' clocks, which must agree to well within the lease
 * time.
 */
final class DatabaseLease {

  private final DataSource dataSource;
  private final String name;
  private final String holder;
  private final Duration time;
  private final Clock clock;

  DatabaseLease(DataSource dataSource, String name, String holder, Duration time, Clock clock) {
    this.dataSource = dataSource;
    this.name = name;
    this.holder = holder;
    this.time = time;
    this.clock = clock;
  }

  /**
   * Takes the lease if nobody holds it, or if its holder let it expire; returns whether this holder
   * has it now. A conflict with another instance taking it at the same moment (a duplicate key, or
   * on Galera a certification failure) means no.
   */
  boolean tryAcquire() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO cms_lease (name, holder, expires_at) VALUES (?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, holder);
        insert.setObject(3, expiry());
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (!conflict(e)) {
          throw e;
        }
      }
      try (PreparedStatement takeOver =
          connection.prepareStatement(
              "UPDATE cms_lease SET holder = ?, expires_at = ? WHERE name = ? AND expires_at < ?")) {
        takeOver.setString(1, holder);
        takeOver.setObject(2, expiry());
        takeOver.setString(3, name);
        takeOver.setObject(4, now());
        return takeOver.executeUpdate() == 1;
      } catch (SQLException e) {
        if (conflict(e)) {
          return false;
        }
        throw e;
      }
    }
  }

  /** Moves the expiry on; false when this holder no longer has the lease. */
  boolean renew() throws SQLException {
    return update("UPDATE cms_lease SET expires_at = ? WHERE name = ? AND holder = ?", true);
  }

  /** Gives the lease back (if this holder still has it). */
  void release() throws SQLException {
    update("DELETE FROM cms_lease WHERE name = ? AND holder = ?", false);
  }

  private boolean update(String sql, boolean withExpiry) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      connection.setAutoCommit(true);
      int i = 1;
      if (withExpiry) {
        statement.setObject(i++, expiry());
      }
      statement.setString(i++, name);
      statement.setString(i, holder);
      return statement.executeUpdate() == 1;
    }
  }

  /** Who holds the lease now, for the log (empty when nobody does). */
  String currentHolder() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT holder FROM cms_lease WHERE name = ?")) {
      query.setString(1, name);
      try (var rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    } catch (SQLException e) {
      return "?";
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private LocalDateTime expiry() {
    return now().plus(time);
  }

  /** A duplicate key (class 23), or a deadlock / Galera certification failure (40001). */
  private static boolean conflict(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("23") || state.equals("40001"));
  }
}
