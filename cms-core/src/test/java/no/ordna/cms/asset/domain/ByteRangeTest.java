package no.ordna.cms.asset.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  private static ByteRange partial(String header, long size) {
    return assertInstanceOf(ByteRange.Partial.class, ByteRange.of(header, size)).range();
  }

  @Test
  void singleRangesOfEveryForm() {
    assertEquals(new ByteRange(0, 99), partial("bytes=0-99", 1000));
    assertEquals(new ByteRange(500, 999), partial("bytes=500-", 1000));
    assertEquals(new ByteRange(900, 999), partial("bytes=-100", 1000));
    assertEquals(new ByteRange(990, 999), partial("bytes=990-5000", 1000));
    assertEquals(new ByteRange(0, 999), partial("bytes=-5000", 1000));
    assertEquals("bytes 0-99/1000", new ByteRange(0, 99).contentRange(1000));
    assertEquals(100, new ByteRange(0, 99).length());
  }

  @Test
  void rangesPastTheEndAreUnsatisfiable() {
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=1000-", 1000));
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", 1000));
  }

  @Test
  void whatCannotBeHonouredGetsTheWholeFile() {
    for (String header :
        new String[] {
          null, "", "items=0-1", "bytes=0-1,5-6", "bytes=abc", "bytes=9-3", "bytes=-"
        }) {
      assertInstanceOf(ByteRange.Whole.class, ByteRange.of(header, 1000), String.valueOf(header));
    }
  }
}
