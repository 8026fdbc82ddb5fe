package no.ordna.cms.translation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.paging.Cursor;
import org.junit.jupiter.api.Test;

class QueueCursorTest {

  private static final String ID = "0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a";
  private static final Instant AT = Instant.parse("2026-03-01T12:34:56.123456Z");

  private static QueueCursor again(QueueCursor cursor) {
    return QueueCursor.from(Cursor.decode(cursor.cursor().encode()).orElseThrow(), cursor.sort());
  }

  @Test
  void aPositionWithoutPublicationSurvivesARoundTrip() {
    QueueCursor unpublished = new QueueCursor("-sourcePublishDate", null, ID);
    assertEquals(unpublished, again(unpublished));
    assertNull(again(unpublished).at());
    QueueCursor published = new QueueCursor("sourcePublishDate", AT, ID);
    assertEquals(published, again(published));
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    Cursor newest = new QueueCursor("-sourcePublishDate", AT, ID).cursor();
    assertThrows(InvalidInputException.class, () -> QueueCursor.from(newest, "sourcePublishDate"));
    assertThrows(InvalidInputException.class, () -> QueueCursor.from(newest, "-updatedAt"));
    Cursor changed = Cursor.of("translations-updatedAt", "", ID);
    assertThrows(
        InvalidInputException.class,
        () -> QueueCursor.from(changed, "-updatedAt"),
        "every item has a last change");
  }

  @Test
  void afterAPublishedEntryComeLaterDatesTheSameDateWithHigherIdsAndTheNeverPublished() {
    String newestFirst = new QueueCursor("-sourcePublishDate", AT, ID).condition();
    assertEquals(
        "(s.firstPublishedAt is null or s.firstPublishedAt < :afterAt"
            + " or (s.firstPublishedAt = :afterAt and i.id > :afterId))",
        newestFirst);
    String oldestFirst = new QueueCursor("sourcePublishDate", AT, ID).condition();
    assertTrue(oldestFirst.contains("s.firstPublishedAt > :afterAt"), oldestFirst);
    assertTrue(oldestFirst.startsWith("(s.firstPublishedAt is null or"), oldestFirst);
  }

  @Test
  void afterAnEntryNeverPublishedComeOnlyOthersNeverPublishedWithHigherIds() {
    for (String sort : new String[] {"-sourcePublishDate", "sourcePublishDate"}) {
      assertEquals(
          "(s.firstPublishedAt is null and i.id > :afterId)",
          new QueueCursor(sort, null, ID).condition());
    }
    assertEquals(
        "(i.updatedAt < :afterAt or (i.updatedAt = :afterAt and i.id > :afterId))",
        new QueueCursor("-updatedAt", AT, ID).condition());
  }
}
