package no.ordna.cms.web.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A TCP port on the loopback interface that is free at the moment of asking. Another process can
 * take it before it is used, so whoever starts a server on it must notice that and start again on
 * another (as {@link CmsServer} does, checking which process listens on the port), and an
 * in-process listener binds port 0 itself instead.
 */
public final class Ports {

  private Ports() {}

  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
