package no.ordna.cms.content.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import no.ordna.cms.localization.text.Collation;
import no.ordna.cms.shared.Jsons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentVariantTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static JsonObject json(String title) {
    return Jsons.createObjectBuilder().add("title", title).build();
  }

  private static ContentItem item() {
    return new ContentItem("article", "nb", "ola", T0);
  }

  /** A variant brought into {@code status} the way the workflow would. */
  private static ContentVariant variantIn(ContentItem item, VariantStatus status) {
    item.save("nb", json("a"), null, "a", "a", "ola", T0);
    switch (status) {
      case PUBLISHED -> item.publish("nb", "ola", T0);
      case UNPUBLISHED -> {
        item.publish("nb", "ola", T0);
        item.unpublish("nb", "ola", T0);
      }
      default -> item.moveTo("nb", status, "ola", T0);
    }
    return item.variant("nb").orElseThrow();
  }

  @ParameterizedTest(name = "editing a variant in {0} leaves it {1}")
  @CsvSource({
    "DRAFT,             DRAFT",
    "IN_REVIEW,         IN_REVIEW",
    "CHANGES_REQUESTED, CHANGES_REQUESTED",
    "APPROVED,          IN_REVIEW",
    "PUBLISHED,         DRAFT",
    "UNPUBLISHED,       DRAFT",
    "ARCHIVED,          ARCHIVED",
  })
  void editingMovesTheStateWhereTheOldStateNoLongerHolds(
      VariantStatus before, VariantStatus after) {
    ContentItem item = item();
    ContentVariant variant = variantIn(item, before);

    item.save("nb", json("b"), null, "b", "b", "kari", T0.plusSeconds(60));

    assertEquals(after, variant.status());
  }

  @Test
  void editingAPublishedVariantKeepsWhatFrontEndsSeeLive() {
    ContentItem item = item();
    ContentVariant variant = variantIn(item, VariantStatus.PUBLISHED);

    item.save("nb", json("b"), null, "b", "b", "kari", T0.plusSeconds(60));

    assertTrue(variant.isPublished());
    assertEquals(1, variant.publishedRevision());
    assertEquals(2, variant.revision());
  }

  @Test
  void titleIsCutAtFiveHundredCharacters() {
    ContentItem item = item();
    String longTitle = "á".repeat(600);

    ContentVariant variant = item.save("nb", json("x"), null, longTitle, "x", "ola", T0);

    assertEquals("á".repeat(500), variant.title());
  }

  @Test
  void titleKeyIsTheTitlesCollationKeyInTheVariantsLocale() {
    ContentItem item = item();

    ContentVariant se = item.save("se", json("x"), null, "Čáhcegáddi", "x", "ola", T0);
    ContentVariant untitled = item.save("nb", json("x"), null, null, "y", "ola", T0);

    assertArrayEquals(Collation.sortKey("se", "Čáhcegáddi"), se.titleKey());
    assertArrayEquals(new byte[0], untitled.titleKey());
    assertNull(untitled.title());
  }

  @Test
  void titleKeyIsACopy() {
    ContentVariant variant = item().save("nb", json("x"), null, "Hei", "x", "ola", T0);
    byte[] key = variant.titleKey();
    byte[] original = key.clone();

    Arrays.fill(key, (byte) 0);

    assertArrayEquals(original, variant.titleKey());
  }

  @Test
  void etagChangesWithEachSaveOfTheVariantAndOfTheSharedValuesButNotOfAnotherLocale() {
    ContentItem item = item();
    ContentVariant nb = item.save("nb", json("a"), null, "a", "a", "ola", T0);
    String first = nb.etag();
    assertEquals("\"v1.0\"", first);

    item.save("se", json("b"), null, "b", "b", "ola", T0);
    assertEquals(first, nb.etag(), "another locale's values: unchanged");

    item.save(
        "se", json("b"), Jsons.createObjectBuilder().add("n", 1).build(), "b", "b", "ola", T0);
    assertNotEquals(first, nb.etag(), "shared values changed");
    assertEquals("\"v1.1\"", nb.etag());

    item.save("nb", json("c"), null, "c", "c", "ola", T0);
    assertEquals("\"v2.1\"", nb.etag());
  }

  @Test
  void stateChangesDoNotChangeTheEtag() {
    ContentItem item = item();
    ContentVariant nb = item.save("nb", json("a"), null, "a", "a", "ola", T0);
    String before = nb.etag();

    item.moveTo("nb", VariantStatus.IN_REVIEW, "ola", T0);
    item.publish("nb", "ola", T0);

    assertEquals(before, nb.etag());
  }

  @Test
  void aNewVariantIsNoTranslationUntilMarkedSo() {
    ContentVariant se = item().save("se", json("a"), null, "a", "a", "ola", T0);

    assertNull(se.sourceLocale());
    assertNull(se.sourceRevision());
    assertEquals(false, se.translationOutdated());
    assertNull(se.publishedRevision());
    assertNull(se.firstPublishedAt());
    assertEquals(false, se.isScheduled());
  }
}
