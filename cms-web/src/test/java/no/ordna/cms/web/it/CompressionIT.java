package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers are gzipped for clients that take it, and only for them. */
@ExtendWith(SharedServer.class)
class CompressionIT {

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  private static void assertSameContentCompressed(Api api, String path, String... headers)
      throws IOException {
    BinaryReply plain = api.getBytes(path, headers);
    String[] withGzip = new String[headers.length + 2];
    System.arraycopy(headers, 0, withGzip, 0, headers.length);
    withGzip[headers.length] = "Accept-Encoding";
    withGzip[headers.length + 1] = "gzip, deflate, br";
    BinaryReply zipped = api.getBytes(path, withGzip);

    assertEquals(200, plain.status(), path);
    assertEquals(200, zipped.status(), path);
    assertNull(plain.header("Content-Encoding"), path);
    assertEquals("gzip", zipped.header("Content-Encoding"), path);
    assertTrue(
        zipped.header("Vary").contains("Accept-Encoding"), path + ": " + zipped.header("Vary"));
    assertTrue(plain.header("Vary").contains("Accept-Encoding"), path);
    assertArrayEquals(plain.body(), gunzip(zipped.body()), path);
    assertTrue(zipped.body().length < plain.body().length, path);
  }

  @Test
  void cachedDeliveryAnswersAreSentWithTheirPrecomputedGzip(Api api) throws IOException {
    String list = "/api/v1/content/article?limit=20";
    api.anonymous().get(list); // fill the cache
    assertSameContentCompressed(api.anonymous(), list);
    assertSameContentCompressed(api.anonymous(), list, "Accept-Language", "se");
    BinaryReply again = api.anonymous().getBytes(list, "Accept-Encoding", "gzip");
    BinaryReply twice = api.anonymous().getBytes(list, "Accept-Encoding", "gzip");
    assertArrayEquals(again.body(), twice.body(), "the same bytes from the cache");
    assertEquals(again.header("ETag"), twice.header("ETag"));
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
}
