package no.ordna.cms.web.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source, {@code java:app/jdbc/cms}. Its URL and credentials come from
 * MicroProfile Config ({@code cms.db.*}, overridden by {@code CMS_DB_URL}, {@code CMS_DB_USER},
 * {@code CMS_DB_PASSWORD}); the defaults in {@code META-INF/microprofile-config.properties} point
 * at the embedded H2 database under the data directory.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/cms",
    className = "no.ordna.cms.web.database.RoutingDataSource",
    url = "${MPCONFIG=cms.db.url}",
    user = "${MPCONFIG=cms.db.user}",
    password = "${MPCONFIG=cms.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      // a query, not JDBC 4's isValid: the container's isValid check waits for the answer without
      // any limit, while a query's wait is bounded by the driver's socket timeout
      "fish.payara.connection-validation-method=table",
      "fish.payara.validation-table-name=DUAL",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@ApplicationScoped
public class DataSourceConfiguration {}
