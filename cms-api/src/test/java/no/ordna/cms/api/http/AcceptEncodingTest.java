package no.ordna.cms.api.http;

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
}
