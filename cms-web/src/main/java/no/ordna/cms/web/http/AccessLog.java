package no.ordna.cms.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One line per request on standard output: time, method, path, query (with the values of
 * secret-looking parameters masked), status and duration. Never headers or bodies, so no password
 * or token reaches the log.
 *
 * <p>Lines are not sent through the server's logging: its formatter and its handler's lock (one
 * synchronous write per line) cost more than the cached delivery read they describe and made the
 * request threads queue behind each other. Lines are gathered in memory instead and written in
 * batches of whole lines: when 32 KiB have gathered, and otherwise every 250 ms by a background
 * thread, and on shutdown. A crash may lose the last quarter second of access lines, never a
 * partial line.
 */
final class AccessLog implements AutoCloseable {

  private static final Pattern SECRET_PARAM =
      Pattern.compile("(?i)([^&=]*(?:token|password|secret|auth|key)[^&=]*)=[^&]*");
  private static final String[] SECRET_WORDS = {"token", "password", "secret", "auth", "key"};
  private static final int BATCH_BYTES = 32 * 1024;
  private static final long FLUSH_MILLIS = 250;

  private final OutputStream out;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream(2 * BATCH_BYTES);
  private final Thread flusher;
  private volatile boolean open = true;
  private volatile Stamp stamp = new Stamp(-1, "");

  /** The line prefix of one millisecond, formatted once for all the lines of that millisecond. */
  private record Stamp(long millis, String prefix) {}

  AccessLog() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  AccessLog(OutputStream out) {
    this.out = out;
    flusher = new Thread(this::flushPeriodically, "cms-access-log");
    flusher.setDaemon(true);
    flusher.start();
  }

  /** The line for a finished request, without the time stamp. */
  static String line(HttpServletRequest request, HttpServletResponse response, long nanos) {
    long micros = nanos / 1000;
    String query = request.getQueryString();
    StringBuilder line = new StringBuilder(128);
    line.append(request.getMethod()).append(' ').append(request.getRequestURI());
    if (query != null) {
      line.append('?')
          .append(mayNameASecret(query) ? SECRET_PARAM.matcher(query).replaceAll("$1=***") : query);
    }
    line.append(' ').append(response.getStatus()).append(' ').append(micros / 1000).append('.');
    long fraction = micros % 1000;
    if (fraction < 100) {
      line.append('0');
    }
    if (fraction < 10) {
      line.append('0');
    }
    return line.append(fraction).append("ms").toString();
  }

  /** Whether a query holds one of the words of a secret parameter's name (then it is masked). */
  static boolean mayNameASecret(String query) {
    for (int i = 0; i < query.length(); i++) {
      for (String word : SECRET_WORDS) {
        if (query.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Queues one line, stamped with the current time. */
  void write(String line) {
    byte[] bytes = (stamp() + line + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (pending) {
      pending.write(bytes, 0, bytes.length);
      if (pending.size() >= BATCH_BYTES) {
        drain();
      }
    }
  }

  private String stamp() {
    long now = System.currentTimeMillis();
    Stamp current = stamp;
    if (current.millis() != now) {
      current = new Stamp(now, "[" + Instant.ofEpochMilli(now) + "] [access] ");
      stamp = current;
    }
    return current.prefix();
  }

  /** Writes the gathered lines now. */
  void flush() {
    synchronized (pending) {
      drain();
    }
  }

  private void drain() {
    if (pending.size() == 0) {
      return;
    }
    try {
      pending.writeTo(out);
      out.flush();
    } catch (IOException e) {
      // standard output is gone; the lines cannot be written anywhere else
    }
    pending.reset();
  }

  private void flushPeriodically() {
    while (open) {
      try {
        Thread.sleep(FLUSH_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      flush();
    }
  }

  @Override
  public void close() {
    open = false;
    flusher.interrupt();
    flush();
  }
}
