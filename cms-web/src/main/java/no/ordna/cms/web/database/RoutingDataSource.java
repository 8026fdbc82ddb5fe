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
      mariaDb.setUrl(url.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:"));
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
