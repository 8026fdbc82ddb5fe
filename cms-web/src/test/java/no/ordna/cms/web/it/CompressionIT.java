package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Answers are compressed for clients that take it, and only for them: Brotli for a browser that
 * offers it (all current ones do), gzip for a client that offers only gzip.
 */
@ExtendWith(SharedServer.class)
class CompressionIT {

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  static byte[] unbrotli(byte[] bytes) throws IOException {
    Brotli4jLoader.ensureAvailability(); // the decoder's native part, in this test JVM
    DirectDecompress decoded = DirectDecompress.decompress(bytes);
    assertEquals(DecoderJNI.Status.DONE, decoded.getResultStatus(), "a whole Brotli stream");
    return decoded.getDecompressedData();
  }

  private static String[] with(String[] headers, String acceptEncoding) {
    String[] all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Accept-Encoding";
    all[headers.length + 1] = acceptEncoding;
    return all;
  }

  private static void assertSameContentCompressed(Api api, String path, String... headers)
      throws IOException {
    BinaryReply plain = api.getBytes(path, headers);
    BinaryReply zipped = api.getBytes(path, with(headers, "gzip"));
    BinaryReply brotli = api.getBytes(path, with(headers, "gzip, deflate, br, zstd"));

    assertEquals(200, plain.status(), path);
    assertEquals(200, zipped.status(), path);
    assertEquals(200, brotli.status(), path);
    assertNull(plain.header("Content-Encoding"), path);
    assertEquals("gzip", zipped.header("Content-Encoding"), path);
    assertEquals("br", brotli.header("Content-Encoding"), path);
    for (BinaryReply reply : new BinaryReply[] {plain, zipped, brotli}) {
      assertTrue(
          reply.header("Vary").contains("Accept-Encoding"), path + ": " + reply.header("Vary"));
    }
    assertArrayEquals(plain.body(), gunzip(zipped.body()), path);
    assertArrayEquals(plain.body(), unbrotli(brotli.body()), path);
    assertTrue(zipped.body().length < plain.body().length, path);
    assertTrue(brotli.body().length < plain.body().length, path);
  }

  @Test
  void cachedDeliveryAnswersAreSentWithTheirPrecomputedCompressedBytes(Api api) throws IOException {
    String list = "/api/v1/content/article?limit=20";
    api.anonymous().get(list); // fill the cache
    assertSameContentCompressed(api.anonymous(), list);
    assertSameContentCompressed(api.anonymous(), list, "Accept-Language", "se");
    BinaryReply again = api.anonymous().getBytes(list, "Accept-Encoding", "gzip");
    BinaryReply twice = api.anonymous().getBytes(list, "Accept-Encoding", "gzip");
    assertArrayEquals(again.body(), twice.body(), "the same bytes from the cache");
    assertEquals(again.header("ETag"), twice.header("ETag"));
    BinaryReply brotli = api.anonymous().getBytes(list, "Accept-Encoding", "br");
    BinaryReply brotliAgain = api.anonymous().getBytes(list, "Accept-Encoding", "br");
    assertArrayEquals(brotli.body(), brotliAgain.body(), "the same Brotli bytes from the cache");
    assertEquals(again.header("ETag"), brotli.header("ETag"), "one representation, one ETag");
  }

  @Test
  void feedsSitemapsSearchAndTheContractAreCompressed(Api api) throws IOException {
    assertSameContentCompressed(api.anonymous(), "/api/v1/content/article/feed.atom");
    assertSameContentCompressed(api.anonymous(), "/sitemap.xml");
    assertSameContentCompressed(api.anonymous(), "/api/v1/search?q=kompetanse");
    assertSameContentCompressed(api.anonymous(), "/api/v1/types.d.ts");
  }

  @Test
  void managementAnswersAreCompressed(Api api) throws IOException {
    assertSameContentCompressed(api, "/api/v1/manage/items?limit=50");
    assertSameContentCompressed(api, "/api/v1/manage/content-types");
  }

  @Test
  void aClientThatRefusesGzipGetsPlainBytes(Api api) {
    BinaryReply refused =
        api.anonymous().getBytes("/api/v1/content/article?limit=20", "Accept-Encoding", "gzip;q=0");

    assertEquals(200, refused.status());
    assertNull(refused.header("Content-Encoding"));
  }

  @Test
  void theClientsWeightsDecideBetweenBrotliAndGzip(Api api) {
    String list = "/api/v1/content/article?limit=20";
    assertEquals(
        "gzip",
        api.anonymous()
            .getBytes(list, "Accept-Encoding", "br;q=0.5, gzip")
            .header("Content-Encoding"));
    assertEquals(
        "br",
        api.anonymous()
            .getBytes(list, "Accept-Encoding", "br, gzip;q=0.5")
            .header("Content-Encoding"));
    assertNull(
        api.anonymous()
            .getBytes(list, "Accept-Encoding", "br;q=0, gzip;q=0")
            .header("Content-Encoding"));
    assertEquals(
        "br",
        api.getBytes("/api/v1/manage/items?limit=5", "Accept-Encoding", "*")
            .header("Content-Encoding"));
  }
}
