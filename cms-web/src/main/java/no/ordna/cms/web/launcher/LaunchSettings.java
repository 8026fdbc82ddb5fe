package no.ordna.cms.web.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The runtime settings of one CMS instance, read from {@code CMS_*} environment variables and
 * turned into Payara Micro options, pre-boot commands and JVM system properties.
 *
 * <p>Defaults are safe: HTTP on 127.0.0.1 only, Hazelcast's data grid member disabled, and
 * Hazelcast's phone-home always off. Clustering is opt-in through {@code CMS_CLUSTER_MEMBERS}
 * (TCP/IP discovery to the named members only, never multicast).
 */
public final class LaunchSettings {

  private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]+:\\d{1,5}");

  /**
   * Two threads stay for cached reads and probes while the rest wait on the database, so three is
   * the least that works; more than a thousand threads is a mistake, not a setting.
   */
  static final int MIN_HTTP_THREADS = 3;

  static final int MAX_HTTP_THREADS = 1000;

  private final int port;
  private final String bind;
  private final Path dataDir;
  private final List<String> clusterMembers;
  private final String clusterInterface;
  private final int clusterPort;
  private final String instanceName;
  private final int httpThreads;

  private LaunchSettings(
      int port,
      String bind,
      Path dataDir,
      List<String> clusterMembers,
      String clusterInterface,
      int clusterPort,
      String instanceName,
      int httpThreads) {
    this.port = port;
    this.bind = bind;
    this.dataDir = dataDir;
    this.clusterMembers = List.copyOf(clusterMembers);
    this.clusterInterface = clusterInterface;
    this.clusterPort = clusterPort;
    this.instanceName = instanceName;
    this.httpThreads = httpThreads;
  }

  /**
   * Reads the settings from an environment map.
   *
   * @throws IllegalArgumentException naming the variable when a value is not usable
   */
  public static LaunchSettings fromEnvironment(Map<String, String> env) {
    return fromEnvironment(env, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #fromEnvironment(Map)}, on a machine with {@code cores} processors. */
  static LaunchSettings fromEnvironment(Map<String, String> env, int cores) {
    int port = port(env, "CMS_PORT", 8080);
    String bind = value(env, "CMS_BIND", "127.0.0.1");
    if (!bind.matches("[A-Za-z0-9.:\\-]+")) {
      throw new IllegalArgumentException("CMS_BIND must be an IP address or host name: " + bind);
    }
    Path dataDir = Path.of(value(env, "CMS_DATA_DIR", "data")).toAbsolutePath().normalize();
    List<String> members = new ArrayList<>();
    for (String member : value(env, "CMS_CLUSTER_MEMBERS", "").split(",")) {
      String trimmed = member.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!MEMBER.matcher(trimmed).matches()) {
        throw new IllegalArgumentException(
            "CMS_CLUSTER_MEMBERS must list host:port pairs separated by commas: " + trimmed);
      }
      members.add(trimmed);
    }
    String clusterInterface = value(env, "CMS_CLUSTER_INTERFACE", bind);
    int clusterPort = port(env, "CMS_CLUSTER_PORT", 6900);
    String name = value(env, "CMS_INSTANCE_NAME", "");
    if (!name.matches("[A-Za-z0-9_.\\-]*")) {
      throw new IllegalArgumentException(
          "CMS_INSTANCE_NAME may hold letters, digits, '.', '_' and '-' only: " + name);
    }
    int threads = httpThreads(env, cores);
    return new LaunchSettings(
        port, bind, dataDir, members, clusterInterface, clusterPort, name, threads);
  }

  /**
   * Three worker threads per core, at least six: on two cores six threads served cached reads about
   * a third faster than sixteen (fewer threads contend less for the cores), and requests that wait
   * on the database cannot take them all (see {@code WorkLimitFilter}, which sizes its limit from
   * the same number; keep the two in step).
   */
  static int defaultHttpThreads(int cores) {
    return Math.max(6, 3 * cores);
  }

  private static int httpThreads(Map<String, String> env, int cores) {
    String raw = value(env, "CMS_HTTP_THREADS", Integer.toString(defaultHttpThreads(cores)));
    try {
      int threads = Integer.parseInt(raw);
      if (threads < MIN_HTTP_THREADS || threads > MAX_HTTP_THREADS) {
        throw new NumberFormatException();
      }
      return threads;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "CMS_HTTP_THREADS must be a whole number from "
              + MIN_HTTP_THREADS
              + " to "
              + MAX_HTTP_THREADS
              + ": "
              + raw);
    }
  }

  private static String value(Map<String, String> env, String key, String fallback) {
    String value = env.get(key);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int port(Map<String, String> env, String key, int fallback) {
    String raw = value(env, key, Integer.toString(fallback));
    try {
      int port = Integer.parseInt(raw);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a port number (1-65535): " + raw);
    }
  }

  public boolean clustered() {
    return !clusterMembers.isEmpty();
  }

  public int port() {
    return port;
  }

  public String bind() {
    return bind;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The size of the HTTP worker pool (fixed: as many threads at least as at most). */
  public int httpThreads() {
    return httpThreads;
  }

  /** Commands Payara applies to its configuration before it boots. */
  public List<String> preBootCommands() {
    List<String> commands = new ArrayList<>();
    commands.add(
        "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address="
            + bind);
    // no "Server: Payara Micro" banner: what runs here is nobody else's business
    commands.add(
        "set configs.config.server-config.network-config.protocols.protocol.http-listener"
            + ".http.server-header=false");
    // HTTP/1.1 only: any client could ask for an h2c upgrade, and Grizzly's HTTP/2 session can
    // deadlock two request threads (seen while the application was still deploying); browsers
    // never use h2c, and a TLS front end speaks HTTP/2 to clients on its own
    commands.add(
        "set configs.config.server-config.network-config.protocols.protocol.http-listener"
            + ".http.http2-enabled=false");
    // a GET or DELETE with a body gets the application's answer (the body is ignored), not
    // Grizzly's bare 400 without a problem document
    commands.add(
        "set configs.config.server-config.network-config.protocols.protocol.http-listener"
            + ".http.allow-payload-for-undefined-http-methods=true");
    if (!clustered()) {
      commands.add(
          "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");
    }
    commands.add(LISTENER + ".enabled=false");
    // what the container answers itself (while it stops, after the application has gone) is a
    // bare status: no HTML "Error report" page naming the runtime
    commands.add(
        "set configs.config.server-config.http-service.virtual-server.server.property"
            + ".errorReportValve=\"\"");
    return commands;
  }

  private static final String LISTENER =
      "set configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener";

  /** Commands Payara runs once the application is deployed. */
  public List<String> postDeployCommands() {
    return List.of(LISTENER + ".enabled=true");
  }

  /** Payara Micro command-line options; the pre-boot command file is passed in. */
  public List<String> payaraArguments(Path preBootCommandFile, Path postDeployCommandFile) {
    List<String> args = new ArrayList<>();
    args.add("--port");
    args.add(Integer.toString(port));
    args.add("--disablephonehome");
    args.add("--prebootcommandfile");
    args.add(preBootCommandFile.toString());
    args.add("--postdeploycommandfile");
    args.add(postDeployCommandFile.toString());
    args.addAll(httpThreadArguments());
    if (!instanceName.isEmpty()) {
      args.add("--name");
      args.add(instanceName);
    }
    if (clustered()) {
      args.add("--interfaces");
      args.add(clusterInterface);
      args.add("--startport");
      args.add(Integer.toString(clusterPort));
      args.add("--clustermode");
      args.add("tcpip:" + String.join(",", clusterMembers));
    }
    return args;
  }

  /**
   * A fixed HTTP worker pool of {@link #httpThreads()}: a small pool serves cached reads fastest,
   * and the application's work limit (see {@code WorkLimitFilter}) keeps requests that wait on the
   * database from holding all of it.
   */
  private List<String> httpThreadArguments() {
    String threads = Integer.toString(httpThreads);
    return List.of("--minHttpThreads", threads, "--maxHttpThreads", threads);
  }

  /** JVM system properties that must be in place before Payara or Hazelcast start. */
  public Map<String, String> systemProperties() {
    return Map.of(
        "hazelcast.phone.home.enabled",
        "false",
        "hazelcast.socket.bind.any",
        "false",
        "java.net.preferIPv4Stack",
        "true",
        "cms.data.dir",
        dataDir.toString(),
        // the default public address (http://localhost:<port>) is made from it
        "cms.http.port",
        Integer.toString(port),
        // the work limit is sized from the pool
        "cms.http.threads",
        Integer.toString(httpThreads));
  }

  /** A one-line description for the start-up log; holds no secrets. */
  public String describe() {
    return "http="
        + bind
        + ":"
        + port
        + " data="
        + dataDir
        + " threads="
        + httpThreads
        + (clustered()
            ? " cluster=tcpip:" + String.join(",", clusterMembers) + " via " + clusterInterface
            : " cluster=off");
  }
}
