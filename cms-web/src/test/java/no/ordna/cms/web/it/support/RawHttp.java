package no.ordna.cms.web.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand over a socket, for what a well-behaved client library refuses to send: a
 * forged {@code Host} header, malformed header values, a body of raw bytes. One request per
 * connection ({@code Connection: close}); the answer is read to its end, with a read timeout.
 */
public final class RawHttp {

  private RawHttp() {}

  /** The answer: status, the header block as text, and the body (chunked bodies decoded). */
  public record Answer(int status, String head, byte[] body) {

    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends {@code method path} with the given header lines ({@code "Name: value"}) and body bytes
   * (none when null); adds {@code Host} (unless given) and {@code Connection: close}.
   */
  public static Answer send(URI base, String method, String path, byte[] body, String... headers) {
    return sendFrom(null, base, method, path, body, headers);
  }

  /**
   * The same, from another local address: any of 127.0.0.0/8 reaches a server on 127.0.0.1, so a
   * test can be a different client (for the server's per-address limits) without a network.
   */
  public static Answer sendFrom(
      String localAddress, URI base, String method, String path, byte[] body, String... headers) {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    boolean host = false;
    for (String header : headers) {
      host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
      request.append(header).append("\r\n");
    }
    if (!host) {
      request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
      request.append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket()) {
      if (localAddress != null) {
        socket.bind(new InetSocketAddress(localAddress, 0));
      }
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete answer: " + text);
    }
    String head = text.substring(0, end);
    // skip "100 Continue" (any other 1xx, such as 101 Switching Protocols, is the answer)
    while (head.startsWith("HTTP/1.1 100")) {
      text = text.substring(end + 4);
      all = java.util.Arrays.copyOfRange(all, end + 4, all.length);
      end = text.indexOf("\r\n\r\n");
      head = text.substring(0, end);
    }
    int status = Integer.parseInt(head.substring(9, 12));
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    Answer answer = new Answer(status, head, body);
    if ("chunked".equalsIgnoreCase(answer.header("Transfer-Encoding"))) {
      return new Answer(status, head, unchunk(body));
    }
    return answer;
  }

  private static byte[] unchunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int lineEnd = at;
      while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(body, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }
}
