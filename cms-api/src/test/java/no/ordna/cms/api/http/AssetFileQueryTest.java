package no.ordna.cms.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import no.ordna.cms.asset.application.FileRequest;
import no.ordna.cms.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssetFileQueryTest {

  @Test
  void noQueryIsTheOriginal() {
    FileRequest request = AssetFileQuery.parse(Map.of());
    assertEquals(FileRequest.ORIGINAL, request);
    assertFalse(request.asksForRendition());
  }

  @Test
  void theFourParametersAreTakenAsGiven() {
    FileRequest request =
        AssetFileQuery.parse(
            Map.of(
                "v",
                new String[] {"3"},
                "w",
                new String[] {"640"},
                "fm",
                new String[] {"png"},
                "crop",
                new String[] {"16:9"}));
    assertEquals(Optional.of("3"), request.version());
    assertEquals(Optional.of("640"), request.width());
    assertEquals(Optional.of("png"), request.format());
    assertEquals(Optional.of("16:9"), request.crop());
    assertTrue(request.asksForRendition());
    assertFalse(AssetFileQuery.parse(Map.of("v", new String[] {"3"})).asksForRendition());
  }

  @Test
  void unknownOrRepeatedParametersAreNamed() {
    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () -> AssetFileQuery.parse(Map.of("width", new String[] {"640"})));
    assertEquals("width", unknown.violations().get(0).path());
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () -> AssetFileQuery.parse(Map.of("w", new String[] {"640", "320"})));
    assertEquals("w", twice.violations().get(0).path());
  }

  @Test
  void theBearerTokenIsReadAtTheEdge() {
    assertEquals(Optional.of("abc"), BearerToken.from("Bearer abc"));
    assertEquals(Optional.of("abc"), BearerToken.from("bearer  abc "));
    assertEquals(Optional.empty(), BearerToken.from("Basic YWJj"));
    assertEquals(Optional.empty(), BearerToken.from("Bearer "));
    assertEquals(Optional.empty(), BearerToken.from(null));
  }
}
