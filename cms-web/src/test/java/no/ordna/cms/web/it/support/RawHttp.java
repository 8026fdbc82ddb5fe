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
    recordSecrets(headers, body);
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
      Answer answer = read(socket.getInputStream());
      Secrets.recordJson(answer.text());
      return answer;
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    }
  }

  /**
   * Sends {@code method path} with a chunked body ({@code prefix}, then {@code count} chunks of
   * {@code chunk}, then the last-chunk) and returns the answer the server really sent. The answer
   * is read on its own thread from the moment the connection opens, so one the server sends before
   * it stops reading and closes the connection (a refusal in the middle of the body) is kept even
   * when the rest of the body can no longer be written. A refused connection, or a connection that
   * ends without a complete status line and header block, fails with an {@link AssertionError}:
   * nothing is inferred from a broken connection.
   */
  public static Answer sendChunked(
      URI base,
      String method,
      String path,
      byte[] prefix,
      byte[] chunk,
      int count,
      String... headers) {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
    request.append("\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    recordSecrets(headers, null);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    IOException[] readFailure = new IOException[1];
    IOException writeFailure = null;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      InputStream in = socket.getInputStream();
      Thread reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[8192];
                try {
                  for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (received) {
                      received.write(buffer, 0, n);
                    }
                  }
                } catch (IOException e) {
                  readFailure[0] = e;
                }
              },
              "raw-http-chunked-reader");
      reader.setDaemon(true);
      reader.start();
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        writeChunk(out, prefix);
        for (int i = 0; i < count; i++) {
          writeChunk(out, chunk);
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException e) {
        // the server stopped reading and closed; what it answered before is read below
        writeFailure = e;
      }
      try {
        reader.join(35_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + ": no connection: " + e, e);
    }
    byte[] all;
    synchronized (received) {
      all = received.toByteArray();
    }
    try {
      return read(new java.io.ByteArrayInputStream(all));
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(
          method
              + " "
              + path
              + ": no complete answer ("
              + all.length
              + " bytes; writing: "
              + writeFailure
              + "; reading: "
              + readFailure[0]
              + "): "
              + new String(all, StandardCharsets.ISO_8859_1),
          e);
    }
  }

  /** Records the bearer token and JSON secrets of a request (see {@link Secrets}). */
  private static void recordSecrets(String[] headers, byte[] body) {
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Authorization")) {
        Secrets.recordAuthorization(header.substring(colon + 1).trim());
      }
    }
    if (body != null) {
      Secrets.recordJson(new String(body, StandardCharsets.UTF_8));
    }
  }

  private static void writeChunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
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
