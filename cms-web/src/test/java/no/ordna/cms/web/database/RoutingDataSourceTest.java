package no.ordna.cms.web.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutingDataSourceTest {

  @Test
  void aMariaDbUrlWithoutTimeoutsGetsTheBoundedDefaults() {
    assertEquals(
        "jdbc:mariadb://db:3306/cms?connectTimeout=2000&socketTimeout=8000",
        RoutingDataSource.withTimeouts("jdbc:mariadb://db:3306/cms"));
  }

  @Test
  void timeoutsAreAddedAfterTheUrlsOwnParameters() {
    assertEquals(
        "jdbc:mariadb://db/cms?useSsl=true&connectTimeout=2000&socketTimeout=8000",
        RoutingDataSource.withTimeouts("jdbc:mariadb://db/cms?useSsl=true"));
  }

  @Test
  void aTimeoutTheUrlSetsItselfIsKept() {
    assertEquals(
        "jdbc:mariadb://db/cms?SocketTimeout=60000&connectTimeout=2000",
        RoutingDataSource.withTimeouts("jdbc:mariadb://db/cms?SocketTimeout=60000"));
  }
}
