package no.ordna.cms.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.ordna.cms.shared.Jsons;
import org.junit.jupiter.api.Test;

class ContentItemTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static JsonObject json(String key, String value) {
    return Jsons.createObjectBuilder().add(key, value).build();
  }

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  private static ContentItem article() {
    return new ContentItem("article", "nb", "ola", T0);
  }

  @Test
  void newItemHasARandomIdItsTypeAndOriginalLocaleAndNoVariants() {
    ContentItem item = article();

    assertEquals(item.id(), UUID.fromString(item.id()).toString());
    assertNotEquals(item.id(), article().id());
    assertEquals("article", item.typeKey());
    assertEquals("nb", item.originalLocale());
    assertEquals(List.of(), item.variants());
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, item.sharedFields());
    assertEquals(0, item.sharedVersion());
    assertEquals("ola", item.createdBy());
    assertEquals(T0, item.createdAt());
    assertEquals("ola", item.updatedBy());
    assertFalse(item.isTrashed());
  }

  @Test
  void firstSaveOfALocaleCreatesItsVariantAsADraftAtRevisionOne() {
    ContentItem item = article();

    ContentVariant variant =
        item.save("nb", json("title", "Hei"), null, "Hei", "hei", "kari", at(1));

    assertEquals("nb", variant.locale());
    assertSame(item, variant.item());
    assertEquals(VariantStatus.DRAFT, variant.status());
    assertEquals(1, variant.revision());
    assertEquals(json("title", "Hei"), variant.fields());
    assertEquals("Hei", variant.title());
    assertEquals("hei", variant.slug());
    assertEquals("kari", variant.createdBy());
    assertEquals(at(1), variant.createdAt());
    assertEquals(List.of(variant), item.variants());
    assertEquals(variant, item.variant("nb").orElseThrow());
    assertEquals("kari", item.updatedBy());
    assertEquals(at(1), item.updatedAt());
  }

  @Test
  void savingAnExistingLocaleReplacesItsValuesInTheSameVariantAndAddsARevision() {
    ContentItem item = article();
    ContentVariant first = item.save("nb", json("title", "Hei"), null, "Hei", "hei", "ola", at(1));

    ContentVariant second =
        item.save("nb", json("title", "Hallo"), null, "Hallo", "hallo", "kari", at(2));

    assertSame(first, second);
    assertEquals(2, second.revision());
    assertEquals(json("title", "Hallo"), second.fields());
    assertEquals("kari", second.updatedBy());
    assertEquals(at(2), second.updatedAt());
    assertEquals(1, item.variants().size());
  }

  @Test
  void sharedValuesAreStoredOnceOnTheItemAndCountedOnlyWhenTheyChange() {
    ContentItem item = article();
    JsonObject shared = json("publishDate", "2026-03-01");

    item.save("nb", json("title", "Hei"), shared, "Hei", "hei", "ola", at(1));
    item.save("se", json("title", "Buorre"), shared, "Buorre", "buorre", "ola", at(2));
    assertEquals(shared, item.sharedFields());
    assertEquals(1, item.sharedVersion());

    item.save("se", json("title", "Buorre"), null, "Buorre", "buorre", "ola", at(3));
    assertEquals(shared, item.sharedFields(), "no shared values given: kept");
    assertEquals(1, item.sharedVersion());

    item.save(
        "nb", json("title", "Hei"), json("publishDate", "2026-04-01"), "Hei", "hei", "ola", at(4));
    assertEquals(json("publishDate", "2026-04-01"), item.sharedFields());
    assertEquals(2, item.sharedVersion());
  }

  @Test
  void variantsAreListedInTheOrderTheyWereCreated() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    item.save("se", json("title", "b"), null, "b", "b", "ola", at(2));
    item.save("en", json("title", "c"), null, "c", "c", "ola", at(3));
    item.save("nb", json("title", "d"), null, "d", "d", "ola", at(4));

    assertEquals(
        List.of("nb", "se", "en"), item.variants().stream().map(ContentVariant::locale).toList());
    assertTrue(item.variant("sma").isEmpty());
  }

  @Test
  void moveToChangesTheVariantsStateAndStampsTheItem() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));

    ContentVariant moved = item.moveTo("nb", VariantStatus.IN_REVIEW, "kari", at(5));

    assertEquals(VariantStatus.IN_REVIEW, moved.status());
    assertEquals(1, moved.revision(), "a state change is not a new revision");
    assertEquals("kari", item.updatedBy());
    assertEquals(at(5), item.updatedAt());
  }

  @Test
  void changesToALocaleWithoutAVariantAreRefused() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));

    assertThrows(RuntimeException.class, () -> item.publish("se", "ola", at(2)));
    assertThrows(
        RuntimeException.class, () -> item.moveTo("se", VariantStatus.APPROVED, "ola", at(2)));
    assertThrows(RuntimeException.class, () -> item.markTranslation("se", "nb", 1));
  }

  @Test
  void publishingMarksTheCurrentRevisionLiveAndClearsAScheduledPublish() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    item.save("nb", json("title", "b"), null, "b", "b", "ola", at(2));
    item.schedule("nb", at(60), at(120), "kari", at(3));

    ContentVariant published = item.publish("nb", "per", at(10));

    assertEquals(VariantStatus.PUBLISHED, published.status());
    assertTrue(published.isPublished());
    assertEquals(2, published.publishedRevision());
    assertEquals(at(10), published.publishedAt());
    assertEquals(at(10), published.firstPublishedAt());
    assertNull(published.scheduledPublishAt());
    assertEquals(at(120), published.scheduledUnpublishAt(), "the unpublish stays scheduled");
    assertEquals("per", item.updatedBy());
  }

  @Test
  void republishingMovesPublishedAtButKeepsFirstPublishedAt() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    item.publish("nb", "ola", at(2));
    item.save("nb", json("title", "b"), null, "b", "b", "ola", at(3));

    ContentVariant again = item.publish("nb", "ola", at(4));

    assertEquals(2, again.publishedRevision());
    assertEquals(at(4), again.publishedAt());
    assertEquals(at(2), again.firstPublishedAt());
  }

  @Test
  void unpublishingTakesTheVariantOffLineButKeepsItsValuesAndFirstPublication() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    item.publish("nb", "ola", at(2));
    item.schedule("nb", null, at(100), "ola", at(3));

    ContentVariant off = item.unpublish("nb", "kari", at(4));

    assertEquals(VariantStatus.UNPUBLISHED, off.status());
    assertFalse(off.isPublished());
    assertNull(off.publishedRevision());
    assertNull(off.publishedAt());
    assertNull(off.scheduledUnpublishAt());
    assertFalse(off.isScheduled());
    assertEquals(at(2), off.firstPublishedAt());
    assertEquals(json("title", "a"), off.fields());
    assertEquals(1, off.revision());
  }

  @Test
  void schedulingRecordsTimesAndWhoAndTwoNullsClearIt() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));

    ContentVariant scheduled = item.schedule("nb", at(60), null, "kari", at(2));
    assertTrue(scheduled.isScheduled());
    assertEquals(at(60), scheduled.scheduledPublishAt());
    assertNull(scheduled.scheduledUnpublishAt());
    assertEquals("kari", scheduled.scheduledBy());
    assertEquals("kari", item.updatedBy());

    ContentVariant cleared = item.schedule("nb", null, null, "per", at(3));
    assertFalse(cleared.isScheduled());
    assertNull(cleared.scheduledPublishAt());
    assertNull(cleared.scheduledBy());
  }

  @Test
  void aPublishedItemCannotBeTrashed() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    item.save("se", json("title", "b"), null, "b", "b", "ola", at(1));
    item.publish("se", "ola", at(2));

    assertThrows(IllegalStateException.class, () -> item.moveToTrash("ola", at(3)));
    assertFalse(item.isTrashed());
  }

  @Test
  void trashingAndRestoringRecordWhoAndWhen() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));

    item.moveToTrash("kari", at(2));
    assertTrue(item.isTrashed());
    assertEquals(at(2), item.deletedAt());
    assertEquals("kari", item.deletedBy());
    assertEquals("kari", item.updatedBy());

    item.restoreFromTrash("per", at(3));
    assertFalse(item.isTrashed());
    assertNull(item.deletedAt());
    assertNull(item.deletedBy());
    assertEquals("per", item.updatedBy());
    assertEquals(at(3), item.updatedAt());
  }

  @Test
  void migratingRewritesValuesWithoutARevisionButChangesTheVariantsEtag() {
    ContentItem item = article();
    ContentVariant nb = item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    String before = nb.etag();

    item.migrate("nb", json("heading", "a"), "system", at(2));

    assertEquals(json("heading", "a"), nb.fields());
    assertEquals(1, nb.revision());
    assertNotEquals(before, nb.etag());
    assertEquals("system", item.updatedBy());
  }

  @Test
  void migratingSharedValuesChangesEveryVariantsEtag() {
    ContentItem item = article();
    ContentVariant nb = item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    ContentVariant se = item.save("se", json("title", "b"), null, "b", "b", "ola", at(1));
    String nbBefore = nb.etag();
    String seBefore = se.etag();

    item.migrate(null, json("tags", "x"), "system", at(2));

    assertEquals(json("tags", "x"), item.sharedFields());
    assertNotEquals(nbBefore, nb.etag());
    assertNotEquals(seBefore, se.etag());
  }

  @Test
  void markingATranslationRecordsItsSourceAndMakesItCurrent() {
    ContentItem item = article();
    item.save("nb", json("title", "a"), null, "a", "a", "ola", at(1));
    ContentVariant se = item.save("se", json("title", "b"), null, "b", "b", "ola", at(2));
    item.markSourceChanged("se", true);
    assertTrue(se.translationOutdated());

    item.markTranslation("se", "nb", 3);

    assertEquals("nb", se.sourceLocale());
    assertEquals(3, se.sourceRevision());
    assertFalse(se.translationOutdated());
  }

  @Test
  void theItemsEtagIsQuotedAndNamesItsVersion() {
    assertEquals("\"i0\"", article().etag());
  }
}
