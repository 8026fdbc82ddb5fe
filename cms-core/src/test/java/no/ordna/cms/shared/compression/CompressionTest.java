package no.ordna.cms.shared.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {

  private static final byte[] JSON =
      "{\"items\": [%s]}"
          .formatted("{\"title\": \"Nyhet om samisk språk\", \"locale\": \"se\"},".repeat(40))
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void brotliLoadsOnTheLinuxMachinesWeRunOn() {
    assertTrue(Compression.brotliAvailable(), "the native encoder for this platform is bundled");
  }

  @Test
  void brotliBytesDecodeToTheOriginalAndAreSmallerThanGzip() throws Exception {
    byte[] brotli = Compression.brotli(JSON);
    byte[] gzip = Compression.gzip(JSON);
    assertArrayEquals(JSON, DirectDecompress.decompress(brotli).getDecompressedData());
    assertArrayEquals(JSON, new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes());
    assertTrue(brotli.length < gzip.length, brotli.length + " vs gzip " + gzip.length);
  }

  @Test
  void aStreamedAnswerDecodesToWhatWasWritten() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream brotli = Compression.brotliStream(out)) {
      brotli.write(JSON, 0, 100);
      brotli.write(JSON, 100, JSON.length - 100);
    }
    assertArrayEquals(JSON, DirectDecompress.decompress(out.toByteArray()).getDecompressedData());
  }

  @Test
  void bytesThatDoNotShrinkHaveNoCompressedForm() {
    byte[] tiny = "{}".getBytes(StandardCharsets.UTF_8);
    assertNull(Compression.gzip(tiny));
    assertNull(Compression.brotli(tiny));
  }
}
