package no.ordna.cms.web.it.support;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One CMS server on one throwaway MariaDB database for all API tests of a run (a Payara boot costs
 * half a minute): started by the first test class that asks for it, stopped when the run ends. It
 * starts with the demo dataset loaded. Test parameters of type {@link Api} get a client signed in
 * as the administrator; {@link CmsServer} and {@link SharedServer.Info} can be injected too.
 */
public final class SharedServer implements ParameterResolver {

  /** The administrator's password on the shared server (random per run). */
  public static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();

  /** What a test may need to know about the shared server beyond its API. */
  public record Info(CmsServer server, String jdbcUrl, String adminToken) {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Api.class || type == CmsServer.class || type == Info.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Info info = info(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == CmsServer.class) {
      return info.server();
    }
    if (type == Info.class) {
      return info;
    }
    return new Api(info.server().base(), info.adminToken());
  }

  private static Info info(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
    return store
        .getOrComputeIfAbsent("cms-shared-server", key -> new Running(boot()), Running.class)
        .info();
  }

  /** The one client address the shared server treats as a proxy in front of it. */
  public static final String TRUSTED_PROXY = "127.0.0.9";

  /** The upload limit the shared server runs with (small, so tests can exceed it cheaply). */
  public static final long ASSET_MAX_BYTES = 3L * 1024 * 1024;

  /** The shared server's asset store directory. */
  public static java.nio.file.Path assetStore() {
    return CmsServer.workDir().resolve("shared-data").resolve("assets");
  }

  /**
   * The cache the shared server sends purges to ({@code CMS_VARNISH_URL}): a loopback receiver that
   * records them, started with the server.
   */
  public static TestReceiver purges() {
    synchronized (SharedServer.class) {
      if (purges == null) {
        purges = TestReceiver.start();
      }
      return purges;
    }
  }

  private static TestReceiver purges;

  private static Varnish varnish;

  /**
   * The real Varnish in front of the shared server, running the documented VCL and purged by it
   * like the receiver above; empty where {@code varnishd} is not installed.
   */
  public static java.util.Optional<Varnish> varnish() {
    return java.util.Optional.ofNullable(varnish);
  }

  /** The shared server's outbound timeout and retry settings (short, so tests end quickly). */
  public static final int WEBHOOK_MAX_ATTEMPTS = 4;

  private static Info boot() {
    TestDatabase database = TestDatabase.get();
    String url = database.createDatabase("shared");
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("CMS_DB_URL", url);
    settings.put("CMS_DB_USER", database.user());
    settings.put("CMS_DB_PASSWORD", database.password());
    settings.put("CMS_ADMIN_USER", "admin");
    settings.put("CMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Secrets.record(ADMIN_PASSWORD);
    settings.put("CMS_DEMO_DATA", "true");
    settings.put(
        "CMS_DELIVERY_CORS_ORIGINS", "https://www.kompetansenorge.no,https://app.example.org");
    settings.put("CMS_AUTH_LOGIN_MAX_FAILURES_PER_ADDRESS", "40");
    settings.put("CMS_ASSETS_MAX_BYTES", Long.toString(ASSET_MAX_BYTES));
    settings.put("CMS_TRUSTED_PROXIES", TRUSTED_PROXY);
    settings.put("CMS_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1");
    settings.put("CMS_OUTBOUND_TIMEOUT", "PT2S");
    settings.put("CMS_WEBHOOK_MAX_ATTEMPTS", Integer.toString(WEBHOOK_MAX_ATTEMPTS));
    settings.put("CMS_WEBHOOK_RETRY_BASE", "PT0.2S");
    settings.put("CMS_WEBHOOK_RETRY_MAX", "PT1S");
    CmsServer server = null;
    // Varnish must know the server's port and the server Varnish's address, so the port is chosen
    // here; when another process takes it before the server binds it, both start again on another
    for (int attempt = 1; server == null; attempt++) {
      int port = Ports.free();
      settings.put("CMS_PORT", Integer.toString(port));
      varnish = Varnish.startIfInstalled(port).orElse(null);
      settings.put(
          "CMS_VARNISH_URL",
          purges().url("/") + (varnish == null ? "" : "," + varnish.url() + "/"));
      try {
        server = CmsServer.start("shared", settings);
      } catch (CmsServer.PortTakenException e) {
        if (varnish != null) {
          varnish.close();
        }
        if (attempt == 5) {
          throw e;
        }
      }
    }
    String token = new Api(server.base(), null).login("admin", ADMIN_PASSWORD);
    warmOpenApi(server);
    return new Info(server, url, token);
  }

  /**
   * Asks for the OpenAPI document once, with a long timeout: it is built on its first request,
   * which on a busy machine takes longer than the tests' usual 30 s.
   */
  private static void warmOpenApi(CmsServer server) {
    try {
      java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(server.base().resolve("/openapi"))
                  .header("Accept", "application/json")
                  .timeout(java.time.Duration.ofSeconds(180))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.discarding());
    } catch (java.io.IOException e) {
      // the tests that read it will say what is wrong
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes the server when the run's root context closes. */
  private record Running(Info info) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      info.server().stop();
      if (varnish != null) {
        varnish.close();
      }
    }
  }
}
