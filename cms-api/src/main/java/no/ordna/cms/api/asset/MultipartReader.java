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
 *
 * <p>Everything but the file part is bounded: the headers of one part, and all bytes outside the
 * file part together (preamble, headers, form fields, parts skipped), so a body cannot make the
 * server read without end while it looks for the file.
 */
final class MultipartReader {

  /** Most bytes of one part's header block (all its lines together). */
  static final int MAX_PART_HEADER_BYTES = 8 * 1024;

  /** A limit of the multipart body was passed; {@link #limit} names it in bytes. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    LimitExceeded(String message, long limit) {
      super(message);
      this.limit = limit;
    }
  }

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
  private final String filePart;
  private final long maxNonFileBytes;
  private long nonFileBytes;

  /**
   * @param filePart the form name of the part holding the file: the only part not counted against
   *     {@code maxNonFileBytes}
   * @param maxNonFileBytes most bytes outside the file part's body, all together
   */
  MultipartReader(InputStream in, String boundary, String filePart, long maxNonFileBytes) {
    this.in = in;
    this.filePart = filePart;
    this.maxNonFileBytes = maxNonFileBytes;
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
    PartStream previous = current == null ? new PartStream(true) : current; // or the preamble
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
    int headerBytes = 0;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      headerBytes += line.length() + 2;
      if (headerBytes > MAX_PART_HEADER_BYTES) {
        throw new LimitExceeded(
            "the headers of a multipart part are longer than " + MAX_PART_HEADER_BYTES + " bytes",
            MAX_PART_HEADER_BYTES);
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
    String name = disposition.getOrDefault("name", "");
    current = new PartStream(!name.equals(filePart));
    return Optional.of(
        new Part(name, disposition.get("filename"), headers.get("content-type"), current));
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      if (!fill(1)) {
        throw new IOException("the multipart body ends inside a part's headers");
      }
      byte b = buffer[pos++];
      countNonFile(1);
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      line.write(b);
      if (line.size() > MAX_PART_HEADER_BYTES) {
        throw new LimitExceeded(
            "the headers of a multipart part are longer than " + MAX_PART_HEADER_BYTES + " bytes",
            MAX_PART_HEADER_BYTES);
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

  private void countNonFile(int bytes) throws LimitExceeded {
    nonFileBytes += bytes;
    if (nonFileBytes > maxNonFileBytes) {
      throw new LimitExceeded(
          "the multipart body holds more than "
              + maxNonFileBytes
              + " bytes besides the file (preamble, headers and form fields)",
          maxNonFileBytes);
    }
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

    private final boolean counted;
    private boolean done;

    PartStream(boolean counted) {
      this.counted = counted;
    }

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
      if (counted) {
        countNonFile(n);
      }
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
