package no.ordna.cms.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Causal reads on a MariaDB Galera cluster, where they are needed and nowhere else.
 *
 * <p>Instances of the CMS may be connected to different Galera nodes. A node applies the other
 * nodes' transactions shortly after they commit, so a read on node 2 may for a moment miss what an
 * instance on node 1 has just committed. Where that matters — an instance told over the data grid
 * that another one has published, about to drop its cached answers and compute them afresh — it
 * first calls {@link #await()}: one statement with {@code wsrep_sync_wait=1}, which returns once
 * this node has applied every transaction committed in the cluster before it. Every read after that
 * sees the publication. Other reads do not wait: an instance's own writes are visible on its own
 * node at once, the publication log carries each change in the same transaction as its snapshot (so
 * a follower that sees the entry sees the snapshot), and the delivery cache is dropped only after
 * such a wait.
 *
 * <p>{@code cms.db.causal-reads} ({@code CMS_DB_CAUSAL_READS}): {@code auto} (the default: on when
 * the database says {@code wsrep_on}), {@code true} or {@code false}.
 */
@ApplicationScoped
public class CausalReads {

  private static final Logger LOG = Logger.getLogger(CausalReads.class.getName());
  static final String WAIT =
      "SET STATEMENT wsrep_sync_wait=1 FOR SELECT value FROM cms_counter WHERE name = 'publication'";

  @Resource(lookup = "java:app/jdbc/cms")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "cms.db.causal-reads", defaultValue = "auto")
  String setting;

  private volatile Boolean enabled;

  /** Whether this instance waits for causal reads (decided once, on first use). */
  public boolean enabled() {
    Boolean decided = enabled;
    if (decided == null) {
      decided = decide();
      enabled = decided;
      LOG.info(
          "Causal reads (wsrep_sync_wait) before applying other instances' changes: "
              + (decided ? "on" : "off")
              + " (cms.db.causal-reads="
              + setting
              + ")");
    }
    return decided;
  }

  private boolean decide() {
    switch (setting.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        return galera();
    }
  }

  /** Whether the database is a Galera node with replication on. */
  private boolean galera() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT @@wsrep_on")) {
      return rows.next() && rows.getBoolean(1);
    } catch (SQLException e) {
      return false; // H2, or a MariaDB built without Galera: no such variable
    }
  }

  /**
   * Returns once this instance's database node has applied every transaction committed anywhere in
   * the cluster before the call (at once when causal reads are off). On failure it logs and
   * returns: the publication log follower catches the instance up within seconds.
   */
  public void await() {
    if (!enabled()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(WAIT)) {
      rows.next();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Causal read failed: " + e.getMessage(), e);
    }
  }
}
