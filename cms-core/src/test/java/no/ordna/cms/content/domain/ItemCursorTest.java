package no.ordna.cms.content.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import no.ordna.cms.audit.domain.AuditCursor;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.paging.Cursor;
import org.junit.jupiter.api.Test;

class ItemCursorTest {

  private static final String ID = "0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a";

  private static ItemCursor again(ItemCursor cursor) {
    return ItemCursor.from(Cursor.decode(cursor.cursor().encode()).orElseThrow());
  }

  @Test
  void encodedCursorDecodesToTheSameTimeAndId() {
    ItemCursor cursor = new ItemCursor(Instant.parse("2026-03-01T12:34:56.123456789Z"), ID);
    assertEquals(cursor, again(cursor));
  }

  @Test
  void cursorBeforeTheEpochSurvivesARoundTrip() {
    ItemCursor cursor = new ItemCursor(Instant.parse("1969-12-31T23:59:59.5Z"), ID);
    assertEquals(cursor, again(cursor));
  }

  @Test
  void aCursorOfAnotherListIsRefusedNamingTheCursor() {
    Cursor audit = new AuditCursor(Instant.parse("2026-03-01T12:34:56Z"), ID).cursor();
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> ItemCursor.from(audit));
    assertEquals("cursor", refused.violations().get(0).path());
  }

  @Test
  void valuesThatAreNoPositionAreRefused() {
    for (Cursor bad :
        new Cursor[] {
          Cursor.of("items", "1772368496.0"),
          Cursor.of("items", "1772368496.0", ID, "more"),
          Cursor.of("items", "soon", ID),
          Cursor.of("items", "1772368496.half", ID),
          Cursor.of("items", "1772368496.1234567890", ID),
          Cursor.of("items", "99999999999999999999.0", ID),
          Cursor.of("items", Long.MAX_VALUE + ".0", ID),
          Cursor.of("items", "1772368496.0", "")
        }) {
      assertThrows(InvalidInputException.class, () -> ItemCursor.from(bad), bad.parts().toString());
    }
  }

  @Test
  void aTitleCursorBelongsToTheLocaleItWasMadeIn() {
    TitleCursor nb = new TitleCursor("nb", new byte[] {0x2a, 0x00, (byte) 0xff}, ID);
    TitleCursor read = TitleCursor.from(Cursor.decode(nb.cursor().encode()).orElseThrow(), "nb");
    assertEquals(nb, read);
    assertArrayEquals(nb.titleKey(), read.titleKey());
    assertThrows(InvalidInputException.class, () -> TitleCursor.from(nb.cursor(), "se"));
    assertThrows(
        InvalidInputException.class,
        () -> ItemCursor.from(nb.cursor()),
        "a cursor of the list by title is not one of the list by change");
    assertThrows(
        InvalidInputException.class,
        () -> TitleCursor.from(Cursor.of("items-title-nb", "not hex", ID), "nb"));
  }
}
