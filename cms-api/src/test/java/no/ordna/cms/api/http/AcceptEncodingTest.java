package no.ordna.cms.api.http;

import static no.ordna.cms.shared.compression.ContentCoding.BROTLI;
import static no.ordna.cms.shared.compression.ContentCoding.GZIP;
import static no.ordna.cms.shared.compression.ContentCoding.IDENTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

  @Test
  void gzipNamedOrByWildcardIsTaken() {
    assertTrue(AcceptEncoding.gzip("gzip"));
    assertTrue(AcceptEncoding.gzip("br, gzip;q=0.8"));
    assertTrue(AcceptEncoding.gzip("GZIP"));
    assertTrue(AcceptEncoding.gzip("*"));
    assertTrue(AcceptEncoding.gzip("x-gzip"));
  }

  @Test
  void gzipRefusedOrNotNamedIsNotTaken() {
    assertFalse(AcceptEncoding.gzip(null));
    assertFalse(AcceptEncoding.gzip(""));
    assertFalse(AcceptEncoding.gzip("br, identity"));
    assertFalse(AcceptEncoding.gzip("gzip;q=0"));
    assertFalse(AcceptEncoding.gzip("gzip; q=0.000"));
    assertFalse(AcceptEncoding.gzip("*;q=0"));
    assertFalse(AcceptEncoding.gzip(";;;,,"));
  }

  @Test
  void brotliIsChosenWhenTheClientWeighsItAtLeastAsHighAsGzip() {
    assertEquals(BROTLI, AcceptEncoding.choose("gzip, deflate, br, zstd", true, true));
    assertEquals(BROTLI, AcceptEncoding.choose("br;q=1.0, gzip;q=0.8", true, true));
    assertEquals(BROTLI, AcceptEncoding.choose("*", true, true));
    assertEquals(GZIP, AcceptEncoding.choose("br;q=0.5, gzip", true, true));
    assertEquals(GZIP, AcceptEncoding.choose("br;q=0, *", true, true));
  }

  @Test
  void aCodingTheAnswerDoesNotHaveIsNeverChosen() {
    assertEquals(GZIP, AcceptEncoding.choose("br, gzip;q=0.1", true, false));
    assertEquals(BROTLI, AcceptEncoding.choose("gzip, br;q=0.1", false, true));
    assertEquals(IDENTITY, AcceptEncoding.choose("br", true, false));
    assertEquals(IDENTITY, AcceptEncoding.choose("gzip, br", false, false));
  }

  @Test
  void malformedWeightsMakeTheirElementIgnoredNotAnError() {
    assertEquals(GZIP, AcceptEncoding.choose("br;q=2, gzip", true, true));
    assertEquals(GZIP, AcceptEncoding.choose("br;q=abc, gzip;q=0.5", true, true));
    assertEquals(IDENTITY, AcceptEncoding.choose("br;q, gzip;q=1.5", true, true));
    assertEquals(IDENTITY, AcceptEncoding.choose("x".repeat(2000), true, true));
    assertEquals(IDENTITY, AcceptEncoding.choose(",,,;;;q=", true, true));
  }

  @Test
  void weightsAreReadInThousandths() {
    assertEquals(1000, AcceptEncoding.weight(""));
    assertEquals(500, AcceptEncoding.weight("q=0.5"));
    assertEquals(5, AcceptEncoding.weight(" Q=0.005 "));
    assertEquals(0, AcceptEncoding.weight("q=0"));
    assertEquals(1000, AcceptEncoding.weight("q=1.000"));
    assertEquals(-1, AcceptEncoding.weight("q=1.001"));
    assertEquals(-1, AcceptEncoding.weight("q=0.1234"));
  }
}
