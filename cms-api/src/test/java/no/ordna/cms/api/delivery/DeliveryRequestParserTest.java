package no.ordna.cms.api.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.IndexColumn;
import no.ordna.cms.contenttype.domain.IndexEntry;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.Filter;
import no.ordna.cms.delivery.domain.ItemLookup;
import no.ordna.cms.delivery.domain.ListCursor;
import no.ordna.cms.delivery.domain.Sort;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.paging.Cursor;
import org.junit.jupiter.api.Test;

/** The edge reads a delivery request's path and query into the core's typed request, strictly. */
class DeliveryRequestParserTest {

  private static final String ID = "0b5c8f3e-1d2a-4c6b-9e7f-8a9b0c1d2e3f";

  private static FieldDefinition field(String key, FieldType type, String options) {
    JsonObject json = Jsons.createReader(new StringReader(options)).readObject();
    return new FieldDefinition(key, type, true, false, Map.of(), false, null, json);
  }

  private static final TypeDefinition CONFERENCE =
      new TypeDefinition(
          "conference",
          TypeKind.CONTENT,
          Map.of("nb", "Konferanse"),
          Map.of(),
          "title",
          false,
          null,
          null,
          List.of(
              field("title", FieldType.TEXT, "{}"),
              field("city", FieldType.TEXT, "{}"),
              field("number", FieldType.NUMBER, "{}"),
              field("startDate", FieldType.DATE, "{}"),
              field("body", FieldType.RICH_TEXT, "{}"),
              field("tags", FieldType.TAGS, "{}"),
              field("years", FieldType.LIST, "{\"itemType\":\"number\"}")));

  private final DeliveryRequestParser parser = new DeliveryRequestParser();

  {
    parser.types =
        new ContentTypeService() {
          @Override
          public Optional<TypeDefinition> definition(TypeKind kind, TypeKey key) {
            return key.value().equals("conference") ? Optional.of(CONFERENCE) : Optional.empty();
          }
        };
    parser.locales =
        new LocaleService() {
          @Override
          public LocaleSettings settings() {
            return LocaleSettings.defaults();
          }
        };
  }

  private static Map<String, List<String>> query(String... pairs) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      query.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return query;
  }

  private DeliveryRequest list(String... pairs) {
    return parser.parse(
        Channel.PUBLISHED, "conference", null, query(pairs), LanguagePreferences.NONE);
  }

  private static String paths(InvalidInputException e) {
    return String.join(",", e.violations().stream().map(v -> v.path()).toList());
  }

  private String refused(String... pairs) {
    return paths(assertThrows(InvalidInputException.class, () -> list(pairs)));
  }

  @Test
  void aListWithoutParametersHasTheDefaults() {
    DeliveryRequest request = list();

    assertEquals(new TypeKey("conference"), request.type());
    assertTrue(request.isList());
    assertEquals(new LocaleCode("nb"), request.requestedLocale());
    assertTrue(request.fallback());
    assertEquals(Sort.DEFAULT, request.sort());
    assertEquals(20, request.page().limit());
    assertEquals(Optional.empty(), request.page().cursor());
    assertEquals(0, request.include());
    assertEquals(Set.of(), request.fields());
  }

  @Test
  void anIdIsAnItemIdAndAnythingElseASlug() {
    DeliveryRequest byId =
        parser.parse(Channel.PUBLISHED, "conference", ID, Map.of(), LanguagePreferences.NONE);
    DeliveryRequest bySlug =
        parser.parse(Channel.PREVIEW, "conference", "tromso-2016", Map.of(), prefer("se"));

    assertEquals(Optional.of(new ItemLookup.ById(new ItemId(ID))), byId.item());
    assertEquals(Optional.of(new ItemLookup.BySlug("tromso-2016")), bySlug.item());
    assertEquals(Channel.PREVIEW, bySlug.channel());
    assertEquals(new LocaleCode("se"), bySlug.requestedLocale());
  }

  @Test
  void filtersAreReadByTheirFieldTypes() {
    DeliveryRequest request =
        list(
            "fields.city", "Tromsø",
            "fields.number[gte]", "3",
            "fields.startDate[lt]", "2017-01-01",
            "tags", "Vox,Kompetanse",
            "fields.years[in]", "2016,2017");

    assertEquals(
        List.of(
            new Filter("city", Filter.Op.EQ, IndexColumn.TEXT, List.of(IndexEntry.text("Tromsø"))),
            new Filter("number", Filter.Op.GTE, IndexColumn.NUMBER, List.of(IndexEntry.number(3))),
            new Filter(
                "startDate",
                Filter.Op.LT,
                IndexColumn.TIME,
                List.of(IndexEntry.time("2017-01-01", Instant.parse("2017-01-01T00:00:00Z")))),
            new Filter(
                "tags",
                Filter.Op.ALL,
                IndexColumn.TEXT,
                List.of(IndexEntry.text("vox"), IndexEntry.text("kompetanse"))),
            new Filter(
                "years",
                Filter.Op.IN,
                IndexColumn.NUMBER,
                List.of(IndexEntry.number(2016), IndexEntry.number(2017)))),
        request.filters());
  }

  @Test
  void theLocaleSortPageIncludeAndFieldsAreTyped() {
    Cursor cursor = new ListCursor("1700000000000000", ID).toCursor();
    DeliveryRequest request =
        list(
            "locale", "smj",
            "fallback", "false",
            "sort", "title",
            "limit", "5",
            "cursor", cursor.encode(),
            "include", "2",
            "fields", "title, city");

    assertEquals(new LocaleCode("smj"), request.requestedLocale());
    assertEquals(false, request.fallback());
    assertEquals(new Sort(Sort.Key.TITLE, false), request.sort());
    assertEquals(5, request.page().limit());
    assertEquals(Optional.of(cursor), request.page().cursor());
    assertEquals(2, request.include());
    assertEquals(Set.of("title", "city"), request.fields());
  }

  @Test
  void badParametersAre400sNamingEachOne() {
    assertEquals("fields.nope", refused("fields.nope", "x"));
    assertEquals("fields.body", refused("fields.body", "x"));
    assertEquals("fields.city[gt]", refused("fields.city[gt]", "x"));
    assertEquals("fields.number", refused("fields.number", "three"));
    assertEquals("fields.startDate", refused("fields.startDate", "2020-02-30"));
    assertEquals("locale", refused("locale", "de"));
    assertEquals("locale", refused("locale", "NB"));
    assertEquals("limit", refused("limit", "101"));
    assertEquals("include", refused("include", "6"));
    assertEquals("cursor", refused("cursor", "xyz"));
    assertEquals("cursor", refused("cursor", Cursor.of("a", "b", "c").encode()));
    assertEquals("sort", refused("sort", "city"));
    assertEquals("fallback", refused("fallback", "yes"));
    assertEquals("fields", refused("fields", "title,nope"));
    assertEquals("whatever", refused("whatever", "1"));
    assertEquals("limit", refused("limit", "1", "limit", "2"));
  }

  @Test
  void listParametersAreUnknownOnASingleRead() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                parser.parse(
                    Channel.PUBLISHED,
                    "conference",
                    ID,
                    query("limit", "1", "fields.city", "Bodø"),
                    LanguagePreferences.NONE));

    assertEquals("limit,fields.city", paths(e));
  }

  @Test
  void anUnknownTypeOrOneThatCannotBeAKeyIsNotFound() {
    for (String type : List.of("article", "Conference", "x".repeat(65))) {
      NotFoundException e =
          assertThrows(
              NotFoundException.class,
              () ->
                  parser.parse(Channel.PUBLISHED, type, null, Map.of(), LanguagePreferences.NONE));
      assertEquals("unknown-content-type", e.problemType());
    }
  }

  @Test
  void aFilterValueIsNeverEmpty() {
    assertEquals("fields.city", refused("fields.city", ""));
    assertEquals("fields.city[in]", refused("fields.city[in]", "Bodø,"));
  }

  private static LanguagePreferences prefer(String header) {
    return new LanguagePreferences(Locale.LanguageRange.parse(header));
  }
}
