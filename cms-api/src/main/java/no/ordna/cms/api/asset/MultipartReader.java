package no.ordna.cms.api.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) part by part as it arrives: each part's body
 * is a stream that ends at the next boundary, so a file part can go straight to storage without
 * being held in memory. Parts must be read in order; {@link #next} skips what is left of the
 * current one.
 */
final class MultipartReader {

  private static final int MAX_HEADER_LINE = 8 * 1024;

  /** One part: its form name, the file name it was sent with (or null), and its body. */
  record Part(String name, String fileName, String contentType, InputStream body) {

    /** The body as UTF-8 text, refusing more than {@code max} bytes. */
    String text(int max) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      for (int n; (n = body.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > max) {
          throw new IOException("form part '" + name + "' is longer than " + max + " bytes");
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean finished;
  private PartStream current;

  MultipartReader(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // a virtual line break before the first boundary makes every boundary look alike
    buffer[0] = '\r';
    buffer[1] = '\n';
    limit = 2;
  }

  /** The boundary of a {@code multipart/form-data} content type, if it is one. */
  static Optional<String> boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    String boundary = parameters(contentType).get("boundary");
    return boundary == null || boundary.isEmpty() || boundary.length() > 70
        ? Optional.empty()
        : Optional.of(boundary);
  }

  /** The next part, or empty after the closing boundary. */
  Optional<Part> next() throws IOException {
    if (finished) {
      return Optional.empty();
    }
    PartStream previous = current == null ? new PartStream() : current;
    previous.skipRest();
    if (!fill(2)) {
      throw new IOException("the multipart body ends without its closing boundary");
    }
    if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
      finished = true;
      return Optional.empty();
    }
    readLine(); // the rest of the boundary line
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
    current = new PartStream();
    return Optional.of(
        new Part(
            disposition.getOrDefault("name", ""),
            disposition.get("filename"),
            headers.get("content-type"),
            current));
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      if (!fill(1)) {
        throw new IOException("the multipart body ends inside a part's headers");
      }
      byte b = buffer[pos++];
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      line.write(b);
      if (line.size() > MAX_HEADER_LINE) {
        throw new IOException("a multipart header line is too long");
      }
    }
  }

  /** Makes at least {@code n} bytes available from {@code pos}, unless the input ends first. */
  private boolean fill(int n) throws IOException {
    while (limit - pos < n && !eof) {
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        eof = true;
      } else {
        limit += read;
      }
    }
    return limit - pos >= n;
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= limit - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buffer[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static Map<String, String> parameters(String header) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String piece : header.split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      int eq = piece.indexOf('=');
      if (eq > 0) {
        String value = piece.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        parameters.put(piece.substring(0, eq).trim().toLowerCase(Locale.ROOT), value);
      }
    }
    return parameters;
  }

  /** The body of the current part: ends where the next boundary starts. */
  private final class PartStream extends InputStream {

    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (done) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      fill(delimiter.length);
      int at = indexOfDelimiter();
      if (at == pos) {
        pos += delimiter.length;
        done = true;
        return -1;
      }
      int available = at >= 0 ? at - pos : limit - pos - (delimiter.length - 1);
      if (available <= 0) {
        throw new IOException("the multipart body ends inside a part");
      }
      int n = Math.min(available, length);
      System.arraycopy(buffer, pos, target, offset, n);
      pos += n;
      return n;
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // discard
      }
    }
  }
}
