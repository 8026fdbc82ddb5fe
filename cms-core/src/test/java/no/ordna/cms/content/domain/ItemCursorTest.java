package no.ordna.cms.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemCursorTest {

  private static final String ID = "0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a";

  private static String base64(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void encodedCursorDecodesToTheSameTimeAndId() {
    ItemCursor cursor = new ItemCursor(Instant.parse("2026-03-01T12:34:56.123456789Z"), ID);

    assertEquals(Optional.of(cursor), ItemCursor.decode(cursor.encode()));
  }

  @Test
  void cursorBeforeTheEpochSurvivesARoundTrip() {
    ItemCursor cursor = new ItemCursor(Instant.parse("1969-12-31T23:59:59.5Z"), ID);

    assertEquals(Optional.of(cursor), ItemCursor.decode(cursor.encode()));
  }

  @Test
  void encodedCursorIsUrlSafeWithoutPadding() {
    String encoded = new ItemCursor(Instant.parse("2026-03-01T12:34:56Z"), ID).encode();

    assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
    assertEquals(base64("1772368496:0:" + ID), encoded);
  }

  @Test
  void decodeOfJunkIsEmpty() {
    for (String junk :
        List.of(
            "",
            "!!!",
            "not a cursor",
            base64("1772368496:0"),
            base64("1772368496:0:short-id"),
            base64("soon:0:" + ID),
            base64("1772368496:half:" + ID),
            base64("99999999999999999999:0:" + ID))) {
      assertEquals(Optional.empty(), ItemCursor.decode(junk), junk);
    }
  }

  @Test
  void decodeOfNanosecondsThatOverflowTheSecondsIsEmpty() {
    assertEquals(
        Optional.empty(),
        ItemCursor.decode(base64(Long.MAX_VALUE + ":" + Long.MAX_VALUE + ":" + ID)));
  }

  @Test
  void decodeOfATimeOutsideTheInstantRangeIsEmpty() {
    assertEquals(Optional.empty(), ItemCursor.decode(base64(Long.MAX_VALUE + ":0:" + ID)));
  }
}
