package no.ordna.cms.web.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The data source class behind the application's pool: picks the vendor data source from the JDBC
 * URL, so that one setting ({@code CMS_DB_URL}) switches between the embedded H2 default and
 * MariaDB without a second class name to configure.
 *
 * <p>Payara's pool configures it through the bean setters below, then asks it for connections.
 */
public class RoutingDataSource implements DataSource {

  private static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";

  private String url;
  private String user;
  private String password;
  private int loginTimeout;
  private PrintWriter logWriter;
  private volatile DataSource delegate;

  public void setUrl(String url) {
    this.url = url;
    this.delegate = null;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
    this.delegate = null;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
    this.delegate = null;
  }

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      current = create();
      delegate = current;
    }
    return current;
  }

  private DataSource create() throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured (cms.db.url / CMS_DB_URL)");
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      MariaDbDataSource mariaDb = new MariaDbDataSource();
      mariaDb.setUrl(withTimeouts(url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:")));
      mariaDb.setUser(user);
      mariaDb.setPassword(password);
      return mariaDb;
    }
    if (url.startsWith("jdbc:h2:")) {
      return h2();
    }
    throw new SQLException(
        "Unsupported database URL; use jdbc:mariadb://… or the embedded default (jdbc:h2:…)");
  }

  /**
   * Bounds every wait on MariaDB, so that a database host that stops answering (packets dropped,
   * not refused) costs a request seconds, not forever: opening a connection (TCP connect and
   * handshake) may take {@value #CONNECT_TIMEOUT_MILLIS} ms, and one read of an answer {@value
   * #SOCKET_TIMEOUT_MILLIS} ms. A URL that sets either parameter itself keeps its own value.
   */
  static String withTimeouts(String url) {
    String result = url;
    result = withDefault(result, "connectTimeout", CONNECT_TIMEOUT_MILLIS);
    result = withDefault(result, "socketTimeout", SOCKET_TIMEOUT_MILLIS);
    return result;
  }

  /** How long opening a MariaDB connection may take (connect and handshake). */
  static final int CONNECT_TIMEOUT_MILLIS = 2_000;

  /** How long one read of a MariaDB answer may take (a statement slower than this fails). */
  static final int SOCKET_TIMEOUT_MILLIS = 8_000;

  private static String withDefault(String url, String parameter, int value) {
    int query = url.indexOf('?');
    if (query >= 0) {
      for (String pair : url.substring(query + 1).split("&")) {
        if (pair.split("=", 2)[0].equalsIgnoreCase(parameter)) {
          return url;
        }
      }
    }
    return url + (query >= 0 ? "&" : "?") + parameter + "=" + value;
  }

  private DataSource h2() throws SQLException {
    try {
      Class<?> type = Class.forName(H2_DATA_SOURCE, true, getClass().getClassLoader());
      DataSource h2 = (DataSource) type.getConstructor().newInstance();
      type.getMethod("setURL", String.class).invoke(h2, url);
      type.getMethod("setUser", String.class).invoke(h2, user);
      type.getMethod("setPassword", String.class).invoke(h2, password == null ? "" : password);
      return h2;
    } catch (ReflectiveOperationException e) {
      throw new SQLException("The embedded H2 database is not available in this runtime", e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return delegate().getConnection(username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
