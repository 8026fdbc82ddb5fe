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

  private final String name;
  private final Map<String, String> env;
  private final Path log;
  private final int port;
  private Process process;
  private int boots;

  private CmsServer(String name, Map<String, String> env, int port) {
    this.name = name;
    this.env = Map.copyOf(env);
    this.port = port;
    this.log = workDir().resolve(name + ".log");
  }

  /** Starts a server; {@code settings} are CMS_* variables (port and bind address are chosen). */
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
    int port = env.containsKey("CMS_PORT") ? Integer.parseInt(env.get("CMS_PORT")) : Ports.free();
    env.put("CMS_PORT", Integer.toString(port));
    env.putIfAbsent("CMS_BIND", "127.0.0.1");
    env.putIfAbsent("CMS_DATA_DIR", workDir().resolve(name + "-data").toString());
    CmsServer server = new CmsServer(name, env, port);
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
    awaitReady();
  }

  private void spawn() {
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
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited during start:\n" + tail(60));
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(base().resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(3))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
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
