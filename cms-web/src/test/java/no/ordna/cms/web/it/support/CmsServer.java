package no.ordna.cms.web.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real product under test: {@code cms-web/target/cms.jar} started as its own process, exactly
 * as the README starts it, with settings from {@code CMS_*} environment variables. Waits until
 * {@code /health/ready} answers 200; its log goes to {@code target/it/<name>.log}.
 */
public final class CmsServer implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(360);

  /** How often a server whose port another process took is started again on another port. */
  private static final int PORT_ATTEMPTS = 5;

  private final String name;
  private final Map<String, String> env;
  private final Path log;
  private final boolean portChosenHere;
  private int port;
  private Process process;
  private int boots;

  private CmsServer(String name, Map<String, String> env, int port, boolean portChosenHere) {
    this.name = name;
    this.env = new HashMap<>(env);
    this.port = port;
    this.portChosenHere = portChosenHere;
    this.log = workDir().resolve(name + ".log");
  }

  /**
   * The port given in {@code CMS_PORT} was taken by another process before the server could bind it
   * (Payara then runs on without its HTTP listener): the caller chose the port, so the caller
   * chooses another one and starts again.
   */
  public static final class PortTakenException extends IllegalStateException {
    PortTakenException(String message) {
      super(message);
    }
  }

  /**
   * Starts a server; {@code settings} are CMS_* variables (port and bind address are chosen). A
   * port chosen here that another process takes before the server binds it is noticed (the port is
   * listened on, but not by the server's process) and the server is started again on another port;
   * a port given in {@code CMS_PORT} that is taken ends in {@link PortTakenException}.
   */
  public static CmsServer start(String name, Map<String, String> settings) {
    CmsServer server = launch(name, settings);
    server.awaitReady();
    return server;
  }

  /**
   * Starts the server's process and returns at once, without waiting until it is ready (for several
   * servers started at the same moment); then call {@link #awaitReady()}.
   */
  public static CmsServer launch(String name, Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(settings);
    boolean chosenHere = !env.containsKey("CMS_PORT");
    int port = chosenHere ? Ports.free() : Integer.parseInt(env.get("CMS_PORT"));
    env.put("CMS_PORT", Integer.toString(port));
    env.putIfAbsent("CMS_BIND", "127.0.0.1");
    env.putIfAbsent("CMS_DATA_DIR", workDir().resolve(name + "-data").toString());
    env.forEach(
        (key, value) -> {
          if (key.endsWith("_PASSWORD") || key.endsWith("_SECRET") || key.endsWith("_TOKEN")) {
            Secrets.record(value);
          }
        });
    CmsServer server = new CmsServer(name, env, port, chosenHere);
    server.spawn();
    return server;
  }

  public static Path workDir() {
    Path dir = Path.of(System.getProperty("cms.test.workdir", "target/it")).toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return dir;
  }

  /** Starts the same server again with the same settings and data (a restart). */
  public void restart() {
    stop();
    spawn();
    // on the same port: clients of the first start hold its address
    awaitReadyOnce();
  }

  /** The log of every server this run started (for scans over the whole run). */
  public static java.util.Set<Path> logs() {
    return java.util.Set.copyOf(LOGS);
  }

  private static final java.util.Set<Path> LOGS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private void spawn() {
    LOGS.add(log);
    String bundle = System.getProperty("cms.test.bundle", "target/cms.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx512m", "-jar", bundle)
            .redirectErrorStream(true)
            .redirectOutput(
                boots++ == 0
                    ? ProcessBuilder.Redirect.to(log.toFile())
                    : ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().keySet().removeIf(key -> key.startsWith("CMS_"));
    builder.environment().putAll(env);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + bundle, e);
    }
  }

  /**
   * Waits (at most six minutes: a shared, busy machine boots slowly) until {@code /health/ready}
   * answers 200; fails if it exits.
   */
  public void awaitReady() {
    for (int attempt = 1; ; attempt++) {
      try {
        awaitReadyOnce();
        return;
      } catch (PortTakenException e) {
        stop();
        if (!portChosenHere || attempt == PORT_ATTEMPTS) {
          throw e;
        }
        System.err.println(e.getMessage() + "; starting " + name + " again on another port");
        port = Ports.free();
        env.put("CMS_PORT", Integer.toString(port));
        spawn();
      }
    }
  }

  private void awaitReadyOnce() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start:\n" + tail(60));
      }
      if (portTakenByAnother()) {
        throw new PortTakenException(
            "port " + port + " of " + name + " is listened on by another process");
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(base().resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(3))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          if (!listensOnItsPort()) {
            throw new PortTakenException(
                "port " + port + " of " + name + " answered, but not from its process");
          }
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    threadDump();
    stop();
    throw new IllegalStateException(
        name
            + " was not ready in "
            + READY_TIMEOUT
            + " (thread dump in "
            + log
            + "):\n"
            + tail(60));
  }

  /**
   * Whether something listens on the port and it is not this server's process (read in that order,
   * so a server binding the port in between is not taken for another process).
   */
  private boolean portTakenByAnother() {
    try {
      return ListeningSockets.all().stream().anyMatch(a -> a.endsWith(":" + port))
          && !listensOnItsPort();
    } catch (IOException e) {
      return false;
    }
  }

  private boolean listensOnItsPort() {
    try {
      return ListeningSockets.of(process.pid()).stream().anyMatch(a -> a.endsWith(":" + port));
    } catch (IOException e) {
      // the process ended meanwhile: the next round says so
      return false;
    }
  }

  /** Appends the server's threads to its log, so a start that hangs can be understood later. */
  public void threadDump() {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      Process dump =
          new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      dump.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      // no jcmd here: the log holds what the server printed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public String setting(String key) {
    return env.get(key);
  }

  public Path log() {
    return log;
  }

  public String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String tail(int lines) {
    List<String> all = logText().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** Whether the server's process is still running. */
  public boolean alive() {
    return process != null && process.isAlive();
  }

  /** Ends the process at once, as {@code kill -9} would: no shutdown of any kind. */
  public void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server: a normal shutdown first, then a forced one after 30 s. */
  public void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
