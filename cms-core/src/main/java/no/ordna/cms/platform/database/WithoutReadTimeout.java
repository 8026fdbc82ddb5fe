package no.ordna.cms.platform.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * The application's data source for work that may legitimately wait long on one statement (schema
 * migrations altering big tables): its connections have no read timeout while they are used, and
 * get their previous one back when they return to the pool. Every other use keeps the driver's
 * bounded wait, so a request never hangs on a database that stopped answering.
 */
public final class WithoutReadTimeout {

  private static final Executor SAME_THREAD = Runnable::run;

  private WithoutReadTimeout() {}

  public static DataSource of(DataSource pooled) {
    return (DataSource)
        Proxy.newProxyInstance(
            WithoutReadTimeout.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(pooled, method, args);
              if (result instanceof Connection connection
                  && method.getName().equals("getConnection")) {
                return unbounded(connection);
              }
              return result;
            });
  }

  private static Connection unbounded(Connection connection) throws SQLException {
    int previous = networkTimeout(connection);
    setNetworkTimeout(connection, 0);
    return (Connection)
        Proxy.newProxyInstance(
            WithoutReadTimeout.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                try {
                  if (!connection.isClosed()) {
                    setNetworkTimeout(connection, previous);
                  }
                } finally {
                  connection.close();
                }
                return null;
              }
              return invoke(connection, method, args);
            });
  }

  private static int networkTimeout(Connection connection) {
    try {
      return connection.getNetworkTimeout();
    } catch (SQLException | UnsupportedOperationException e) {
      return 0; // a database without network timeouts (the embedded one)
    }
  }

  private static void setNetworkTimeout(Connection connection, int millis) throws SQLException {
    try {
      connection.setNetworkTimeout(SAME_THREAD, millis);
    } catch (java.sql.SQLFeatureNotSupportedException | UnsupportedOperationException e) {
      // a database without network timeouts (the embedded one): nothing to lift
    }
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
