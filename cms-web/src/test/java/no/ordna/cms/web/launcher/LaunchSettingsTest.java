package no.ordna.cms.web.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

  private static final Path PRE_BOOT = Path.of("/tmp/cms-preboot-1.txt");
  private static final String NO_ERROR_PAGES =
      "set configs.config.server-config.http-service.virtual-server.server.property"
          + ".errorReportValve=\"\"";
  private static final Path POST_DEPLOY = Path.of("/tmp/cms-postdeploy-1.txt");
  private static final String LISTENER =
      "set configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener.enabled=";

  private static final String LISTENER_ADDRESS =
      "set configs.config.server-config.network-config.network-listeners"
          + ".network-listener.http-listener.address=";

  private static final String NO_SERVER_BANNER =
      "set configs.config.server-config.network-config.protocols.protocol.http-listener"
          + ".http.server-header=false";

  private static final String NO_HTTP2 =
      "set configs.config.server-config.network-config.protocols.protocol.http-listener"
          + ".http.http2-enabled=false";

  private static final String BODIES_ON_GET =
      "set configs.config.server-config.network-config.protocols.protocol.http-listener"
          + ".http.allow-payload-for-undefined-http-methods=true";

  private static final String HAZELCAST_OFF =
      "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false";

  private static IllegalArgumentException rejected(Map<String, String> env) {
    return assertThrows(
        IllegalArgumentException.class, () -> LaunchSettings.fromEnvironment(env, 2));
  }

  /** Settings on a machine with two cores, like the one the defaults were measured on. */
  private static LaunchSettings onTwoCores(Map<String, String> env) {
    return LaunchSettings.fromEnvironment(env, 2);
  }

  // defaults

  @Test
  void defaultsServeHttpOnPort8080OnLoopbackOnly() {
    LaunchSettings settings = onTwoCores(Map.of());

    assertEquals(8080, settings.port());
    assertEquals("127.0.0.1", settings.bind());
    assertFalse(settings.clustered());
  }

  @Test
  void defaultDataDirIsDataUnderTheWorkingDirectoryMadeAbsolute() {
    Path dataDir = onTwoCores(Map.of()).dataDir();

    assertTrue(dataDir.isAbsolute(), dataDir.toString());
    assertEquals(Path.of(System.getProperty("user.dir"), "data"), dataDir);
  }

  @Test
  void withoutClusterPreBootCommandsBindTheListenerAndDisableHazelcast() {
    assertEquals(
        List.of(
            LISTENER_ADDRESS + "127.0.0.1",
            NO_SERVER_BANNER,
            NO_HTTP2,
            BODIES_ON_GET,
            HAZELCAST_OFF,
            LISTENER + "false",
            NO_ERROR_PAGES),
        onTwoCores(Map.of()).preBootCommands());
  }

  @Test
  void theListenerIsOpenedOnlyOnceTheApplicationIsDeployed() {
    // until then Payara's own error pages would answer every request
    LaunchSettings settings = onTwoCores(Map.of());
    assertEquals(LISTENER + "false", settings.preBootCommands().get(5));
    assertEquals(List.of(LISTENER + "true"), settings.postDeployCommands());
  }

  @Test
  void withoutClusterPayaraArgumentsHaveNoClusterOptions() {
    assertEquals(
        List.of(
            "--port",
            "8080",
            "--disablephonehome",
            "--prebootcommandfile",
            PRE_BOOT.toString(),
            "--postdeploycommandfile",
            POST_DEPLOY.toString(),
            "--minHttpThreads",
            "6",
            "--maxHttpThreads",
            "6"),
        onTwoCores(Map.of()).payaraArguments(PRE_BOOT, POST_DEPLOY));
  }

  @Test
  void systemPropertiesAlwaysTurnHazelcastPhoneHomeOff() {
    for (Map<String, String> env :
        List.of(
            Map.<String, String>of(),
            Map.of("CMS_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901"))) {
      LaunchSettings settings = onTwoCores(env);
      assertEquals(
          Map.of(
              "hazelcast.phone.home.enabled", "false",
              "hazelcast.socket.bind.any", "false",
              "java.net.preferIPv4Stack", "true",
              "cms.data.dir", settings.dataDir().toString(),
              "cms.http.port", "8080",
              "cms.http.threads", "6"),
          settings.systemProperties(),
          env.toString());
    }
  }

  @Test
  void describeNamesAddressDataDirAndCluster() {
    LaunchSettings settings = onTwoCores(Map.of("CMS_DATA_DIR", "/var/lib/ordna"));

    assertEquals(
        "http=127.0.0.1:8080 data=/var/lib/ordna threads=6 cluster=off", settings.describe());
  }

  // explicit values

  @Test
  void portBindAndDataDirAreTakenFromTheEnvironment() {
    LaunchSettings settings =
        onTwoCores(
            Map.of(
                "CMS_PORT",
                " 9090 ",
                "CMS_BIND",
                "0.0.0.0",
                "CMS_DATA_DIR",
                "/var/lib/ordna/../cms"));

    assertEquals(9090, settings.port());
    assertEquals("0.0.0.0", settings.bind());
    assertEquals(Path.of("/var/lib/cms"), settings.dataDir());
    assertEquals(
        List.of(
            LISTENER_ADDRESS + "0.0.0.0",
            NO_SERVER_BANNER,
            NO_HTTP2,
            BODIES_ON_GET,
            HAZELCAST_OFF,
            LISTENER + "false",
            NO_ERROR_PAGES),
        settings.preBootCommands());
    assertEquals("9090", settings.payaraArguments(PRE_BOOT, POST_DEPLOY).get(1));
  }

  @Test
  void blankValuesFallBackToTheDefaults() {
    LaunchSettings settings =
        onTwoCores(Map.of("CMS_PORT", " ", "CMS_BIND", "", "CMS_CLUSTER_MEMBERS", "  "));

    assertEquals(8080, settings.port());
    assertEquals("127.0.0.1", settings.bind());
    assertFalse(settings.clustered());
  }

  @Test
  void instanceNameIsPassedToPayara() {
    assertEquals(
        List.of(
            "--port",
            "8080",
            "--disablephonehome",
            "--prebootcommandfile",
            PRE_BOOT.toString(),
            "--postdeploycommandfile",
            POST_DEPLOY.toString(),
            "--minHttpThreads",
            "6",
            "--maxHttpThreads",
            "6",
            "--name",
            "cms-1"),
        onTwoCores(Map.of("CMS_INSTANCE_NAME", "cms-1")).payaraArguments(PRE_BOOT, POST_DEPLOY));
  }

  @Test
  void httpWorkerPoolIsThreeThreadsPerCoreAndAtLeastSix() {
    assertEquals(6, LaunchSettings.fromEnvironment(Map.of(), 1).httpThreads());
    assertEquals(6, LaunchSettings.fromEnvironment(Map.of(), 2).httpThreads());
    assertEquals(12, LaunchSettings.fromEnvironment(Map.of(), 4).httpThreads());
    assertEquals(48, LaunchSettings.fromEnvironment(Map.of(), 16).httpThreads());
  }

  @Test
  void httpThreadsFromTheEnvironmentFixThePoolAndTellTheApplication() {
    LaunchSettings settings = onTwoCores(Map.of("CMS_HTTP_THREADS", " 20 "));

    List<String> args = settings.payaraArguments(PRE_BOOT, POST_DEPLOY);
    assertEquals(List.of("--minHttpThreads", "20", "--maxHttpThreads", "20"), args.subList(7, 11));
    assertEquals("20", settings.systemProperties().get("cms.http.threads"));
  }

  @Test
  void httpThreadsThatAreNotAUsablePoolSizeAreRejectedNamingTheVariable() {
    for (String threads : List.of("2", "0", "-4", "1001", "many", "6.5")) {
      IllegalArgumentException e = rejected(Map.of("CMS_HTTP_THREADS", threads));
      assertTrue(
          e.getMessage().startsWith("CMS_HTTP_THREADS must be a whole number from 3 to 1000"),
          e.getMessage());
    }
  }

  // rejected values

  @Test
  void portOutsideTheRangeOrNotANumberIsRejectedNamingTheVariable() {
    for (String port : List.of("0", "70000", "65536", "-1", "abc", "80.5")) {
      assertEquals(
          "CMS_PORT must be a port number (1-65535): " + port,
          rejected(Map.of("CMS_PORT", port)).getMessage(),
          port);
    }
  }

  @Test
  void highestAndLowestPortsAreAccepted() {
    assertEquals(65535, onTwoCores(Map.of("CMS_PORT", "65535")).port());
    assertEquals(1, onTwoCores(Map.of("CMS_PORT", "1")).port());
  }

  @Test
  void badClusterPortIsRejectedNamingTheVariable() {
    assertEquals(
        "CMS_CLUSTER_PORT must be a port number (1-65535): 0",
        rejected(Map.of("CMS_CLUSTER_PORT", "0")).getMessage());
  }

  @Test
  void bindAddressThatCouldInjectAPreBootCommandIsRejected() {
    for (String bind : List.of("127.0.0.1\nset x=y", "127.0.0.1 x", "127.0.0.1;x")) {
      assertEquals(
          "CMS_BIND must be an IP address or host name: " + bind,
          rejected(Map.of("CMS_BIND", bind)).getMessage(),
          bind);
    }
  }

  @Test
  void badInstanceNameIsRejectedNamingTheVariable() {
    assertEquals(
        "CMS_INSTANCE_NAME may hold letters, digits, '.', '_' and '-' only: cms 1",
        rejected(Map.of("CMS_INSTANCE_NAME", "cms 1")).getMessage());
  }

  // cluster

  @Test
  void clusterMembersTurnOnTcpIpClusteringToThoseMembersOnly() {
    LaunchSettings settings =
        onTwoCores(Map.of("CMS_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901"));

    assertTrue(settings.clustered());
    assertEquals(
        List.of(
            "--port",
            "8080",
            "--disablephonehome",
            "--prebootcommandfile",
            PRE_BOOT.toString(),
            "--postdeploycommandfile",
            POST_DEPLOY.toString(),
            "--minHttpThreads",
            "6",
            "--maxHttpThreads",
            "6",
            "--interfaces",
            "127.0.0.1",
            "--startport",
            "6900",
            "--clustermode",
            "tcpip:127.0.0.1:6900,127.0.0.1:6901"),
        settings.payaraArguments(PRE_BOOT, POST_DEPLOY));
  }

  @Test
  void clusterLeavesHazelcastEnabled() {
    LaunchSettings settings =
        onTwoCores(Map.of("CMS_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901"));

    assertEquals(
        List.of(
            LISTENER_ADDRESS + "127.0.0.1",
            NO_SERVER_BANNER,
            NO_HTTP2,
            BODIES_ON_GET,
            LISTENER + "false",
            NO_ERROR_PAGES),
        settings.preBootCommands());
  }

  @Test
  void clusterInterfaceAndPortAndMemberSpacingAreHonoured() {
    LaunchSettings settings =
        onTwoCores(
            Map.of(
                "CMS_CLUSTER_MEMBERS", " 10.0.0.1:7000 , ,cms-2.internal:7000 ",
                "CMS_CLUSTER_INTERFACE", "10.0.0.1",
                "CMS_CLUSTER_PORT", "7000"));

    List<String> args = settings.payaraArguments(PRE_BOOT, POST_DEPLOY);
    assertEquals(
        List.of(
            "--interfaces",
            "10.0.0.1",
            "--startport",
            "7000",
            "--clustermode",
            "tcpip:10.0.0.1:7000,cms-2.internal:7000"),
        args.subList(11, args.size()));
    assertEquals(
        "http=127.0.0.1:8080 data="
            + settings.dataDir()
            + " threads=6 cluster=tcpip:10.0.0.1:7000,cms-2.internal:7000 via 10.0.0.1",
        settings.describe());
  }

  @Test
  void badClusterMemberIsRejectedNamingTheVariable() {
    for (String member :
        List.of("127.0.0.1", "127.0.0.1:", "127.0.0.1:port", "127.0.0.1:6900;x", "a b:6900")) {
      assertEquals(
          "CMS_CLUSTER_MEMBERS must list host:port pairs separated by commas: " + member,
          rejected(Map.of("CMS_CLUSTER_MEMBERS", "10.0.0.1:6900," + member)).getMessage(),
          member);
    }
  }
}
