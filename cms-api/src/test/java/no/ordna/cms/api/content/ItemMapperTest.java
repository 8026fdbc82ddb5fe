package no.ordna.cms.api.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.api.WireJson;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentRevisionView;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.content.application.RevisionDiff;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.content.domain.diff.PartChange;
import no.ordna.cms.shared.paging.Page;
import org.junit.jupiter.api.Test;

/** The JSON of items, variants, lists and revisions, member by member as the README shows it. */
class ItemMapperTest {

  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-29T11:30:00Z");

  private static ContentItem article() {
    ContentItem item = new ContentItem("article", "nb", "anna", T0);
    JsonObject nb = Json.createObjectBuilder().add("title", "Sámi").add("slug", "sami").build();
    item.save(
        "nb", nb, Json.createObjectBuilder().add("tag", "x").build(), "Sámi", "sami", "anna", T0);
    item.publish("nb", "per", T1);
    item.save("se", Json.createObjectBuilder().build(), null, null, null, "nils", T1);
    item.markTranslation("se", "nb", 1);
    item.schedule("se", T1.plusSeconds(3600), null, "per", T1);
    return item;
  }

  private static String normalized(String json, ContentItem item) {
    return json.replace(item.id(), "ID");
  }

  @Test
  void anItemWithAPublishedAndAScheduledTranslatedVariant() {
    ContentItem item = article();
    assertEquals(
        "{\"id\":\"ID\",\"type\":\"article\",\"originalLocale\":\"nb\",\"version\":0,"
            + "\"etag\":\"\\\"i0\\\"\",\"createdAt\":\"2026-11-29T10:00:00Z\",\"createdBy\":\"anna\","
            + "\"updatedAt\":\"2026-11-29T11:30:00Z\",\"updatedBy\":\"per\",\"shared\":{\"tag\":\"x\"},"
            + "\"variants\":{"
            + "\"nb\":{\"locale\":\"nb\",\"status\":\"published\",\"title\":\"Sámi\",\"slug\":\"sami\","
            + "\"revision\":1,\"etag\":\"\\\"v1.1\\\"\","
            + "\"published\":{\"revision\":1,\"publishedAt\":\"2026-11-29T11:30:00Z\"},"
            + "\"firstPublishedAt\":\"2026-11-29T11:30:00Z\",\"schedule\":null,"
            + "\"createdAt\":\"2026-11-29T10:00:00Z\",\"createdBy\":\"anna\","
            + "\"updatedAt\":\"2026-11-29T10:00:00Z\",\"updatedBy\":\"anna\","
            + "\"fields\":{\"title\":\"Sámi\",\"slug\":\"sami\"}},"
            + "\"se\":{\"locale\":\"se\",\"status\":\"draft\",\"revision\":1,\"etag\":\"\\\"v1.1\\\"\","
            + "\"published\":null,"
            + "\"schedule\":{\"scheduledBy\":\"per\",\"publishAt\":\"2026-11-29T12:30:00Z\"},"
            + "\"sourceLocale\":\"nb\",\"sourceRevision\":1,"
            + "\"createdAt\":\"2026-11-29T11:30:00Z\",\"createdBy\":\"nils\","
            + "\"updatedAt\":\"2026-11-29T11:30:00Z\",\"updatedBy\":\"nils\",\"fields\":{}}}}",
        normalized(WireJson.write(ItemMapper.item(ContentItemView.of(item))), item));
  }

  @Test
  void timesInTheZoneAskedFor() {
    ContentItem item = article();
    String json =
        WireJson.write(ItemMapper.item(ContentItemView.of(item), ZoneId.of("Europe/Oslo")));
    assertEquals(true, json.contains("\"createdAt\":\"2026-11-29T11:00+01:00\""), json);
    assertEquals(true, json.contains("\"publishAt\":\"2026-11-29T13:30+01:00\""), json);
  }

  @Test
  void aVariantReadOnItsOwnNamesItsItemAndCarriesTheSharedValuesAndTheLock() {
    ContentItem item = article();
    VariantView variant =
        ItemMapper.variant(ContentVariantView.of(item.variant("nb").orElseThrow()), true)
            .withLock(new LockView("anna", "2026-11-29T10:00:00Z", "2026-11-29T10:15:00Z"));
    String json = normalized(WireJson.write(variant), item);
    assertEquals(
        true, json.startsWith("{\"itemId\":\"ID\",\"type\":\"article\",\"locale\":\"nb\""), json);
    assertEquals(
        true,
        json.endsWith(
            "\"fields\":{\"title\":\"Sámi\",\"slug\":\"sami\"},\"shared\":{\"tag\":\"x\"},"
                + "\"lock\":{\"holder\":\"anna\",\"since\":\"2026-11-29T10:00:00Z\","
                + "\"expiresAt\":\"2026-11-29T10:15:00Z\"}}"),
        json);
  }

  @Test
  void aPageListsVariantsInBriefAndNamesTheNextCursorOrNull() {
    ContentItem item = article();
    String json =
        normalized(
            WireJson.write(
                ItemMapper.page(
                    new Page<>(List.of(ContentItemView.of(item)), Optional.empty()), 20)),
            item);
    assertEquals(
        "{\"items\":[{\"id\":\"ID\",\"type\":\"article\",\"originalLocale\":\"nb\",\"version\":0,"
            + "\"etag\":\"\\\"i0\\\"\",\"createdAt\":\"2026-11-29T10:00:00Z\",\"createdBy\":\"anna\","
            + "\"updatedAt\":\"2026-11-29T11:30:00Z\",\"updatedBy\":\"per\",\"variants\":{"
            + "\"nb\":{\"status\":\"published\",\"revision\":1,\"updatedAt\":\"2026-11-29T10:00:00Z\","
            + "\"updatedBy\":\"anna\",\"translationOutdated\":false,\"title\":\"Sámi\",\"slug\":\"sami\"},"
            + "\"se\":{\"status\":\"draft\",\"revision\":1,\"updatedAt\":\"2026-11-29T11:30:00Z\","
            + "\"updatedBy\":\"nils\",\"translationOutdated\":false,\"sourceLocale\":\"nb\"}}}],"
            + "\"limit\":20,\"next\":null}",
        json);
  }

  @Test
  void revisionsAndTheirDiff() {
    var first =
        new ContentRevisionView(
            1, "nb", T0, "anna", null, Json.createObjectBuilder().add("a", 1).build(), null);
    var second = new ContentRevisionView(2, "nb", T1, "per", "fix", null, null);
    assertEquals(
        "{\"items\":[{\"number\":1,\"locale\":\"nb\",\"createdAt\":\"2026-11-29T10:00:00Z\","
            + "\"createdBy\":\"anna\"},{\"number\":2,\"locale\":\"nb\","
            + "\"createdAt\":\"2026-11-29T11:30:00Z\",\"createdBy\":\"per\",\"comment\":\"fix\"}]}",
        WireJson.write(ItemMapper.revisions(List.of(first, second))));
    var diff =
        new RevisionDiff(
            1,
            2,
            List.of(
                new FieldChange("title", "added", null, Json.createValue("Ny"), List.of()),
                new FieldChange(
                    "content",
                    "changed",
                    Json.createArrayBuilder().build(),
                    Json.createArrayBuilder().build(),
                    List.of(
                        new PartChange("moved", 0, 1, "b1", "quote", null, null, List.of()),
                        new PartChange(
                            "changed",
                            0,
                            0,
                            null,
                            null,
                            Json.createValue("<p>a</p>"),
                            Json.createValue("<p>b</p>"),
                            List.of())))),
            List.of());
    assertEquals(
        "{\"from\":1,\"to\":2,\"fields\":["
            + "{\"field\":\"title\",\"change\":\"added\",\"before\":null,\"after\":\"Ny\"},"
            + "{\"field\":\"content\",\"change\":\"changed\",\"before\":[],\"after\":[],\"parts\":["
            + "{\"change\":\"moved\",\"id\":\"b1\",\"type\":\"quote\",\"beforeIndex\":0,\"afterIndex\":1},"
            + "{\"change\":\"changed\",\"beforeIndex\":0,\"afterIndex\":0,\"before\":\"<p>a</p>\","
            + "\"after\":\"<p>b</p>\"}]}],\"shared\":[]}",
        WireJson.write(ItemMapper.diff(diff)));
  }
}
