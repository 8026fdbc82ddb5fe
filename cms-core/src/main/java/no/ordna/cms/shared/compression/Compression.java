package no.ordna.cms.shared.compression;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.BrotliOutputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;

/**
 * Compression of answers with gzip (the JDK) and Brotli (Google's encoder through brotli4j, whose
 * native part loads on Linux x86-64 and AArch64). Where that part does not load, {@link
 * #brotliAvailable()} is false and no answer is offered in Brotli; nothing else changes.
 *
 * <p>Stored answers use quality 5 (about the cost of gzip's default level, and smaller); streamed
 * ones quality 4.
 */
public final class Compression {

  private static final Logger LOG = Logger.getLogger(Compression.class.getName());

  /** Quality of answers compressed once and kept (delivery answers, static files). */
  static final int STORED_QUALITY = 5;

  /** Quality of answers compressed while they are written (management answers). */
  static final int STREAMED_QUALITY = 4;

  private static final boolean BROTLI = loadBrotli();

  private Compression() {}

  private static boolean loadBrotli() {
    try {
      Brotli4jLoader.ensureAvailability();
      return true;
    } catch (Throwable e) { // UnsatisfiedLinkError on a platform without the native part
      LOG.log(Level.INFO, "Brotli is not offered: its encoder did not load ({0})", e.toString());
      return false;
    }
  }

  /** Whether answers can be compressed with Brotli on this runtime. */
  public static boolean brotliAvailable() {
    return BROTLI;
  }

  /** {@code body} gzipped, or null when that is not smaller. */
  public static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() < body.length ? out.toByteArray() : null;
  }

  /** {@code body} in Brotli, or null when Brotli is not available or the result is not smaller. */
  public static byte[] brotli(byte[] body) {
    if (!BROTLI) {
      return null;
    }
    try {
      byte[] compressed =
          Encoder.compress(
              body, new Encoder.Parameters().setQuality(STORED_QUALITY).setMode(Encoder.Mode.TEXT));
      return compressed.length < body.length ? compressed : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A stream that writes Brotli to {@code out}; closing it finishes the Brotli stream and closes
   * {@code out}.
   *
   * @throws IllegalStateException when Brotli is not available (check {@link #brotliAvailable()})
   */
  public static OutputStream brotliStream(OutputStream out) throws IOException {
    if (!BROTLI) {
      throw new IllegalStateException("Brotli is not available on this runtime");
    }
    return new BrotliOutputStream(
        out, new Encoder.Parameters().setQuality(STREAMED_QUALITY).setMode(Encoder.Mode.TEXT));
  }
}
