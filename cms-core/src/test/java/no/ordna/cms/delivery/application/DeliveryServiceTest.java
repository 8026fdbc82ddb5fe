package no.ordna.cms.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.ordna.cms.asset.application.AssetCatalog;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.Filter;
import no.ordna.cms.delivery.domain.ItemLookup;
import no.ordna.cms.delivery.domain.ListCursor;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.delivery.domain.Sort;
import no.ordna.cms.delivery.persistence.SnapshotQueries;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.domain.SnapshotBuilder;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delivery reads over snapshots held in memory: what the answers say, and how often each item's
 * snapshots are loaded while one answer is made.
 */
class DeliveryServiceTest {

  private static final String A = "aaaaaaaa-0000-4000-8000-000000000001";
  private static final String B = "bbbbbbbb-0000-4000-8000-000000000002";
  private static final String C = "cccccccc-0000-4000-8000-000000000003";
  private static final String D = "dddddddd-0000-4000-8000-000000000004";

  private static final TypeDefinition ARTICLE =
      parse(
          """
          {"key": "article", "name": {"nb": "Artikkel"}, "titleField": "title", "fields": [
            {"key": "title", "type": "text", "required": true},
            {"key": "slug", "type": "slug"},
            {"key": "lead", "type": "text", "fallback": true},
            {"key": "related", "type": "list", "itemType": "reference", "localized": false}
          ]}
          """);

  private Snapshots snapshots;
  private DeliveryService service;

  private static TypeDefinition parse(String json) {
    Violations violations = new Violations();
    TypeDefinition type =
        TypeDefinitionParser.parse(
            Jsons.createReader(new StringReader(json)).readObject(), TypeKind.CONTENT, violations);
    violations.throwIfAny("bad fixture");
    return type;
  }

  /** The published snapshots, counting how often each item's are loaded. */
  static final class Snapshots extends SnapshotRepository {
    final List<Snapshot> all = new ArrayList<>();
    final Map<String, Integer> loadsPerItem = new TreeMap<>();
    int queries;

    @Override
    public List<Snapshot> ofItems(Channel channel, Collection<String> itemIds) {
      if (itemIds.isEmpty()) {
        return List.of();
      }
      queries++;
      itemIds.forEach(id -> loadsPerItem.merge(id, 1, Integer::sum));
      return all.stream().filter(s -> itemIds.contains(s.itemId())).toList();
    }

    @Override
    public List<Snapshot> bySlug(Channel channel, String typeKey, String slug) {
      queries++;
      return all.stream().filter(s -> slug.equals(s.slug())).toList();
    }
  }

  /** A list page: per item the snapshot in the first locale of the chain it has. */
  final class Pages extends SnapshotQueries {
    @Override
    public List<Snapshot> page(
        Channel channel,
        TypeDefinition type,
        List<String> chain,
        List<Filter> filters,
        Sort sort,
        ListCursor after,
        int limit) {
      snapshots.queries++;
      Map<String, Snapshot> best = new LinkedHashMap<>();
      snapshots.all.stream()
          .sorted(Comparator.comparing(Snapshot::itemId))
          .filter(s -> chain.contains(s.locale()))
          .forEach(
              s ->
                  best.merge(
                      s.itemId(),
                      s,
                      (x, y) -> chain.indexOf(x.locale()) <= chain.indexOf(y.locale()) ? x : y));
      return best.values().stream().limit(limit + 1L).toList();
    }
  }

  static final class Types extends ContentTypeService {
    @Override
    public ContentType get(TypeKind kind, TypeKey key) {
      return new ContentType(definition(kind, key).orElseThrow(), false, "test", Instant.EPOCH);
    }

    @Override
    public Optional<TypeDefinition> definition(TypeKind kind, TypeKey key) {
      return key.value().equals("article") ? Optional.of(ARTICLE) : Optional.empty();
    }
  }

  static final class NoBlocks extends TypeDefinitionChecks {
    @Override
    public Optional<TypeDefinition> blockType(String key) {
      return Optional.empty();
    }
  }

  static final class Locales extends LocaleService {
    @Override
    public LocaleSettings settings() {
      return new LocaleSettings(List.of("nb", "se", "en"), "nb", Map.of());
    }
  }

  static final class NoAssets extends AssetCatalog {
    @Override
    public Map<String, JsonObject> describe(Collection<String> ids, List<String> chain) {
      return Map.of();
    }
  }

  private void publish(String id, String locale, String title, String lead, String... related) {
    var localized = Jsons.createObjectBuilder().add("title", title);
    if (lead != null) {
      localized.add("lead", lead);
    }
    var shared =
        Jsons.createObjectBuilder().add("related", Jsons.createArrayBuilder(List.of(related)));
    Instant at = Instant.parse("2026-03-0" + (snapshots.all.size() % 9 + 1) + "T10:00:00Z");
    snapshots.all.add(
        new Snapshot(
            Channel.PUBLISHED,
            new SnapshotBuilder(key -> Optional.empty())
                .build(
                    ARTICLE,
                    new SnapshotBuilder.Source(
                        id.substring(0, 8) + "-" + locale,
                        id,
                        locale,
                        title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                        title,
                        1,
                        localized.build(),
                        shared.build(),
                        at,
                        at))));
  }

  @BeforeEach
  void publishFourArticles() {
    snapshots = new Snapshots();
    // a -> b -> c -> a (a cycle), d -> nothing; leads missing in se fall back to nb
    publish(A, "nb", "Alfa", "Ingress a", B);
    publish(A, "se", "Alfa se", null, B);
    publish(B, "nb", "Beta", "Ingress b", C);
    publish(C, "nb", "Gamma", null, A);
    publish(C, "en", "Gamma en", "Lead c", A);
    publish(D, "se", "Delta se", "Láidehus d");
    service = new DeliveryService();
    service.snapshots = snapshots;
    service.queries = new Pages();
    service.types = new Types();
    service.checks = new NoBlocks();
    service.locales = new Locales();
    service.assetCatalog = new NoAssets();
  }

  private static DeliveryRequest one(
      String idOrSlug, String locale, boolean fallback, int include) {
    return DeliveryRequest.one(
        Channel.PUBLISHED,
        new TypeKey("article"),
        ItemLookup.of(idOrSlug),
        new LocaleCode(locale),
        fallback,
        include,
        Set.of());
  }

  private static DeliveryRequest list(String locale, int limit, int include) {
    return new DeliveryRequest(
        Channel.PUBLISHED,
        new TypeKey("article"),
        Optional.empty(),
        new LocaleCode(locale),
        true,
        List.of(),
        Sort.DEFAULT,
        PageRequest.first(limit),
        include,
        Set.of());
  }

  private static JsonObject json(Representation answer) {
    return Jsons.createReader(new StringReader(new String(answer.body(), StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  void anItemIsServedInTheFirstLocaleOfTheChainItHasWithEmptyFieldsFilledFromTheNext() {
    Representation answer = service.read(one(A, "se", true, 0));
    JsonObject item = json(answer);

    assertEquals("se", item.getString("locale"));
    assertEquals("se", answer.contentLanguage());
    assertFalse(item.getBoolean("fallback"));
    assertEquals("Alfa se", item.getJsonObject("fields").getString("title"));
    assertEquals("Ingress a", item.getJsonObject("fields").getString("lead"));
    assertEquals("nb", item.getJsonObject("fieldFallbacks").getString("lead"));
    assertEquals("[\"nb\",\"se\"]", item.getJsonArray("availableLocales").toString());
    assertFalse(item.containsKey("included"), "no include asked for");
  }

  @Test
  void aSlugFindsItsItemAndAnItemMissingInTheAskedLocaleFallsBack() {
    JsonObject item = json(service.read(one("gamma", "se", true, 0)));

    assertEquals(C, item.getString("id"));
    assertEquals("nb", item.getString("locale"));
    assertTrue(item.getBoolean("fallback"));
    assertEquals("[\"en\",\"nb\"]", item.getJsonArray("availableLocales").toString());
  }

  @Test
  void withoutFallbackAnItemMissingInTheAskedLocaleIsNotFound() {
    NotFoundException missing =
        assertThrows(NotFoundException.class, () -> service.read(one(C, "se", false, 0)));

    assertEquals("No published 'article' item '" + C + "' in se", missing.getMessage());
  }

  @Test
  void referencesAreIncludedToTheAskedDepthEachItemOnceThroughCycles() {
    JsonObject item = json(service.read(one(A, "se", true, 5)));

    assertEquals(Set.of(B, C), item.getJsonObject("included").keySet());
    assertEquals("nb", item.getJsonObject("included").getJsonObject(B).getString("locale"));
  }

  @Test
  void referencesToItemsNotPublishedInTheChainAreLeftOut() {
    String e = "eeeeeeee-0000-4000-8000-000000000005";
    String f = "ffffffff-0000-4000-8000-000000000006";
    publish(e, "en", "Echo", null);
    publish(f, "nb", "Foxtrot", null, e, A);

    Representation answer = service.read(one(f, "se", true, 1));
    JsonObject item = json(answer);

    assertEquals(
        "[\"" + A + "\"]", item.getJsonObject("fields").getJsonArray("related").toString());
    assertEquals(Set.of(A), item.getJsonObject("included").keySet());
    assertTrue(answer.tags().contains(Representation.itemTag(e)), "publishing it changes this");
  }

  @Test
  void aListPageServesEachItemInItsBestLocaleAndPointsToTheNext() {
    JsonObject page = json(service.read(list("se", 3, 0)));

    assertEquals(
        List.of("se", "nb", "nb"),
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("locale"))
            .toList());
    assertFalse(page.isNull("next"));
  }

  static List<DeliveryRequest> requests() {
    return List.of(
        one(A, "se", true, 0),
        one(A, "se", true, 5),
        one("gamma", "se", true, 2),
        one(B, "nb", false, 1),
        list("se", 20, 0),
        list("se", 2, 3),
        list("nb", 20, 1));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void eachItemsSnapshotsAreLoadedOncePerAnswer(DeliveryRequest request) {
    service.read(request);

    snapshots.loadsPerItem.forEach(
        (item, loads) -> assertEquals(1, loads, item + " loaded " + loads + " times"));
  }

  @Test
  void anItemWithItsReferencesIncludedTakesOneQueryPerLevel() {
    // the item (all its locales, for the served one, the available ones and the fallback
    // fields), then b, then c; c's reference to a is known already
    service.read(one(A, "se", true, 5));

    assertEquals(3, snapshots.queries);
  }
}
