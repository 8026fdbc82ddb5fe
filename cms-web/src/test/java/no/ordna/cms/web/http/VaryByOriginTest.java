package no.ordna.cms.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VaryByOriginTest {

  @Test
  void namesAreAddedOnceInOrderWhateverTheirCase() {
    assertEquals("Origin, Accept-Language", VaryByOrigin.merged("Origin", "Accept-Language"));
    assertEquals("Origin", VaryByOrigin.merged("Origin", "origin"));
    assertEquals(
        "Origin, Accept-Language, Authorization",
        VaryByOrigin.merged("Origin, Accept-Language", "accept-language, Authorization"));
    assertEquals("Origin", VaryByOrigin.merged("Origin", " "));
    assertEquals("Origin", VaryByOrigin.merged("Origin", null));
  }
}
