package no.ordna.cms.web.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Varnish (Debian's {@code varnish} with {@code varnish-modules}) on a loopback port in
 * front of a CMS, running the documented VCL ({@code deploy/varnish/cms.vcl}) with the CMS's port
 * filled in. Started only where {@code varnishd} is installed.
 */
public final class Varnish implements AutoCloseable {

  private static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

  private final Process process;
  private final int port;

  private Varnish(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Whether varnishd is installed here. */
  public static boolean installed() {
    return Files.isExecutable(VARNISHD);
  }

  /** Starts Varnish in front of 127.0.0.1:{@code backendPort}, if it is installed. */
  public static Optional<Varnish> startIfInstalled(int backendPort) {
    if (!installed()) {
      return Optional.empty();
    }
    try {
      Path vcl = Path.of(System.getProperty("cms.test.vcl", "../deploy/varnish/cms.vcl"));
      // varnishd reads the VCL as its own unprivileged user: the files must be readable to it
      Path dir =
          Files.createTempDirectory(
              "cms-it-varnish",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      Path config = dir.resolve("cms.vcl");
      Files.writeString(
          config,
          Files.readString(vcl, StandardCharsets.UTF_8)
              .replace(".port = \"8080\"", ".port = \"" + backendPort + "\""),
          StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
      int port = Ports.free();
      Process process =
          new ProcessBuilder(
                  VARNISHD.toString(),
                  "-F",
                  "-n",
                  dir.resolve("n").toString(),
                  "-a",
                  "127.0.0.1:" + port,
                  "-T",
                  "none",
                  "-f",
                  config.toString(),
                  "-s",
                  "malloc,64m")
              .redirectErrorStream(true)
              .redirectOutput(CmsServer.workDir().resolve("varnish.log").toFile())
              .start();
      Varnish varnish = new Varnish(process, port);
      try {
        varnish.awaitListening();
      } catch (IllegalStateException e) {
        varnish.close();
        throw e;
      }
      return Optional.of(varnish);
    } catch (IOException | IllegalStateException e) {
      // only VarnishIT needs it: the other tests go on without it, VarnishIT fails
      System.err.println("Varnish did not start (see target/it/varnish.log): " + e.getMessage());
      return Optional.empty();
    }
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("varnishd exited; see target/it/varnish.log");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("varnishd did not listen within 60 s");
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
