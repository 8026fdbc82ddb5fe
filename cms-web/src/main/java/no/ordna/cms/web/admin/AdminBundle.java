package no.ordna.cms.web.admin;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import no.ordna.cms.shared.Jsons;

/**
 * The editorial app as served: its own files (under {@code /admin/app/} in the WAR) read once at
 * start-up, the browser libraries it imports (WebJars and mvnpm jars in {@code WEB-INF/lib}), the
 * import map that names both, and the page that starts it.
 *
 * <p>Every app module is named in the import map with its content hash ({@code main.js} → {@code
 * main.js?v=…}), and library paths carry their version, so browsers may keep both for a year; only
 * the page itself is revalidated. The import map is inline (browsers take no other kind), so the
 * page's Content-Security-Policy allows exactly that script by its SHA-256.
 */
final class AdminBundle {

  static final String APP = "/admin/app/";
  static final String VENDOR = "/admin/vendor/";

  /** All style sheets as one file: {@code styles/app.css} first, then each feature's, by name. */
  static final String STYLES = "styles/all.css";

  private final ServletContext context;
  private final Map<String, StaticFile> app = new TreeMap<>();
  private final Map<String, StaticFile> vendor = new ConcurrentHashMap<>();
  private final StaticFile page;
  private final String importMapHash;

  AdminBundle(ServletContext context) {
    this.context = context;
    collect(APP);
    app.put(STYLES, styleBundle());
    String importMap = importMap().toString();
    this.importMapHash = Base64.getEncoder().encodeToString(sha256(importMap));
    String template = StaticFile.text(read("/admin/index.html"));
    String html =
        template
            .replace("<!--importmap-->", "<script type=\"importmap\">" + importMap + "</script>")
            .replace("{{main}}", versioned("main.js"))
            .replace("{{styles}}", versioned(STYLES));
    this.page = StaticFile.of("index.html", html.getBytes(StandardCharsets.UTF_8));
  }

  StaticFile page() {
    return page;
  }

  /** The page's policy: scripts only from here and the import map, no inline anything else. */
  String pagePolicy() {
    return "default-src 'none'; script-src 'self' 'sha256-"
        + importMapHash
        + "'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self';"
        + " manifest-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none';"
        + " form-action 'self'";
  }

  /** An app file by its path under {@code /admin/app/}, e.g. {@code views/start.js}. */
  StaticFile appFile(String path) {
    return app.get(path);
  }

  /** A library file by its path under {@code /admin/vendor/}, e.g. {@code webjars/…/index.js}. */
  StaticFile vendorFile(String path) {
    if (path.contains("..") || !(path.startsWith("webjars/") || path.startsWith("_static/"))) {
      return null;
    }
    return vendor.computeIfAbsent(
        path,
        p -> {
          byte[] bytes = readOrNull("/" + p);
          return bytes == null ? null : StaticFile.of(p, bytes);
        });
  }

  private StaticFile styleBundle() {
    StringBuilder css = new StringBuilder();
    StaticFile base = app.get("styles/app.css");
    if (base != null) {
      css.append(StaticFile.text(base.body()));
    }
    app.forEach(
        (path, file) -> {
          if (path.startsWith("styles/")
              && path.endsWith(".css")
              && !path.equals("styles/app.css")) {
            css.append("\n/* ").append(path).append(" */\n").append(StaticFile.text(file.body()));
          }
        });
    return StaticFile.of(STYLES, css.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String versioned(String path) {
    StaticFile file = app.get(path);
    if (file == null) {
      throw new IllegalStateException("The editorial app has no " + APP + path);
    }
    return APP + path + "?v=" + file.hash();
  }

  private void collect(String dir) {
    Set<String> paths = context.getResourcePaths(dir);
    if (paths == null) {
      return;
    }
    for (String path : new TreeSet<>(paths)) {
      if (path.endsWith("/")) {
        collect(path);
      } else {
        app.put(path.substring(APP.length()), StaticFile.of(path, read(path)));
      }
    }
  }

  /** Bare package names to library entry points, and every app module to its hashed URL. */
  private JsonObject importMap() {
    JsonObjectBuilder imports = Jsons.createObjectBuilder();
    addWebJars(imports);
    addMvnpmJars(imports);
    app.forEach(
        (path, file) -> {
          if (path.endsWith(".js")) {
            imports.add(APP + path, APP + path + "?v=" + file.hash());
          }
        });
    return Jsons.createObjectBuilder().add("imports", imports).build();
  }

  /** WebJars: {@code /webjars/<package>/<version>/package.json} names the entry point. */
  private void addWebJars(JsonObjectBuilder imports) {
    Set<String> packages = context.getResourcePaths("/webjars/");
    if (packages == null) {
      return;
    }
    for (String packageDir : new TreeSet<>(packages)) {
      Set<String> versions = context.getResourcePaths(packageDir);
      for (String versionDir : versions == null ? Set.<String>of() : versions) {
        byte[] manifest = readOrNull(versionDir + "package.json");
        if (manifest == null) {
          continue;
        }
        JsonObject json =
            Jsons.createReader(new StringReader(StaticFile.text(manifest))).readObject();
        String name = json.getString("name", null);
        if (name != null) {
          String entry = json.getString("module", json.getString("main", "index.js"));
          String base = VENDOR + versionDir.substring(1);
          imports.add(name, base + entry.replaceFirst("^\\./", ""));
          imports.add(name + "/", base);
        }
      }
    }
  }

  /**
   * mvnpm's jars hold no directory entries to list, but each carries its own import map ({@code
   * META-INF/importmap.json}, addresses under {@code /_static/}).
   */
  private void addMvnpmJars(JsonObjectBuilder imports) {
    try {
      var maps = AdminBundle.class.getClassLoader().getResources("META-INF/importmap.json");
      while (maps.hasMoreElements()) {
        try (InputStream in = maps.nextElement().openStream()) {
          JsonObject map = Jsons.createReader(in).readObject().getJsonObject("imports");
          map.forEach(
              (name, target) -> {
                String path = ((jakarta.json.JsonString) target).getString();
                if (path.startsWith("/_static/")) {
                  imports.add(name, VENDOR + path.substring(1));
                }
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] read(String path) {
    byte[] bytes = readOrNull(path);
    if (bytes == null) {
      throw new IllegalStateException("Missing in the WAR: " + path);
    }
    return bytes;
  }

  private byte[] readOrNull(String path) {
    try (InputStream in = context.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
