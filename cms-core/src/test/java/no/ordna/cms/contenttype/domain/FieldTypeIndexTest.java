package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.shared.Jsons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules each field type holds for the filter index, for filter values from a URL, and for the
 * words search and translation read.
 */
class FieldTypeIndexTest {

  private static FieldDefinition field(FieldType type, String options) {
    return new FieldDefinition("f", type, true, false, Map.of(), false, null, json(options));
  }

  private static FieldDefinition field(FieldType type) {
    return field(type, "{}");
  }

  private static FieldDefinition named(String key, FieldType type) {
    return new FieldDefinition(key, type, true, false, Map.of(), false, null, json("{}"));
  }

  private static JsonObject json(String text) {
    return Jsons.createReader(new StringReader(text)).readObject();
  }

  private static JsonValue value(String json) {
    return json("{\"v\":" + json + "}").get("v");
  }

  private static List<IndexEntry> index(FieldDefinition field, String json) {
    List<IndexEntry> entries = new ArrayList<>();
    field.type().index(field, value(json), entries::add);
    return entries;
  }

  private static List<String> search(
      FieldDefinition field, String json, Map<String, TypeDefinition> blockTypes) {
    List<String> parts = new ArrayList<>();
    field
        .type()
        .searchText(
            field, value(json), key -> Optional.ofNullable(blockTypes.get(key)), parts::add);
    return parts;
  }

  // --- the filter index

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "TEXT,      TEXT",
    "NUMBER,    NUMBER",
    "BOOLEAN,   TEXT",
    "DATE,      TIME",
    "DATE_TIME, TIME",
    "SLUG,      TEXT",
    "URL,       TEXT",
    "REFERENCE, TEXT",
    "ASSET,     TEXT",
    "TAGS,      TEXT",
  })
  void filtersCompareTheColumnOfTheirType(FieldType type, IndexColumn column) {
    assertEquals(Optional.of(column), type.filterColumn(field(type)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = FieldType.class,
      names = {"RICH_TEXT", "BLOCKS"})
  void richTextAndBlocksCannotBeFilteredOnNorAreIndexed(FieldType type) {
    assertEquals(Optional.empty(), type.filterColumn(field(type)));
    assertEquals(Optional.empty(), type.filterValue(field(type), "x"));
    assertEquals(List.of(), index(field(type), type == FieldType.BLOCKS ? "[]" : "\"<p>x</p>\""));
  }

  @Test
  void onlyNumbersAndTimesAreOrdered() {
    assertFalse(IndexColumn.TEXT.isOrdered());
    assertTrue(IndexColumn.NUMBER.isOrdered());
    assertTrue(IndexColumn.TIME.isOrdered());
  }

  @ParameterizedTest(name = "list of {0}: {1}")
  @CsvSource({"number, NUMBER", "date, TIME", "text, TEXT", "reference, TEXT"})
  void aListFiltersAsItsItemType(String itemType, IndexColumn column) {
    FieldDefinition list = field(FieldType.LIST, "{\"itemType\":\"" + itemType + "\"}");

    assertEquals(FieldType.fromWireName(itemType).orElseThrow(), FieldType.LIST.valuesOf(list));
    assertEquals(Optional.of(column), FieldType.LIST.filterColumn(list));
  }

  @Test
  void textIsIndexedAsItIsUnlessTooLongForTheIndex() {
    assertEquals(List.of(IndexEntry.text("Tromsø")), index(field(FieldType.TEXT), "\"Tromsø\""));
    assertEquals(List.of(), index(field(FieldType.TEXT), "\"" + "x".repeat(256) + "\""));
  }

  @Test
  void numbersBooleansAndTimesHaveTheirEntries() {
    assertEquals(List.of(IndexEntry.number(2.5)), index(field(FieldType.NUMBER), "2.5"));
    assertEquals(List.of(IndexEntry.text("true")), index(field(FieldType.BOOLEAN), "true"));
    assertEquals(List.of(IndexEntry.text("false")), index(field(FieldType.BOOLEAN), "false"));
    assertEquals(
        List.of(IndexEntry.time("2016-06-01", Instant.parse("2016-06-01T00:00:00Z"))),
        index(field(FieldType.DATE), "\"2016-06-01\""));
    assertEquals(
        List.of(IndexEntry.time("2016-06-01T10:15:00Z", Instant.parse("2016-06-01T10:15:00Z"))),
        index(field(FieldType.DATE_TIME), "\"2016-06-01T10:15:00Z\""));
    assertEquals(List.of(), index(field(FieldType.DATE), "\"not a date\""));
  }

  @Test
  void multipleReferencesAreIndexedEachLikeListElements() {
    FieldDefinition multiple = field(FieldType.REFERENCE, "{\"multiple\":true}");

    assertEquals(
        List.of(IndexEntry.text("a"), IndexEntry.text("b")), index(multiple, "[\"a\",\"b\"]"));
    assertEquals(
        List.of(IndexEntry.text("c")),
        index(field(FieldType.ASSET, "{\"multiple\":true}"), "[\"c\"]"));
  }

  @Test
  void tagsAreIndexedInLowerCaseAndCutToTheIndexLength() {
    List<IndexEntry> entries =
        index(field(FieldType.TAGS), "[\"Kompetanse\",\"" + "Y".repeat(300) + "\"]");

    assertEquals(List.of(IndexEntry.text("kompetanse"), IndexEntry.text("y".repeat(255))), entries);
  }

  @Test
  void aListIsIndexedElementByElementByItsItemType() {
    FieldDefinition dates = field(FieldType.LIST, "{\"itemType\":\"date\"}");

    assertEquals(
        List.of(
            IndexEntry.time("2016-01-01", Instant.parse("2016-01-01T00:00:00Z")),
            IndexEntry.time("2017-01-01", Instant.parse("2017-01-01T00:00:00Z"))),
        index(dates, "[\"2016-01-01\",\"2017-01-01\"]"));
  }

  // --- filter values from a URL

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "42", "-3.25", "1e3", "2.5E-4", "1e308"})
  void decimalNumbersAreValid(String value) {
    assertEquals(
        Optional.of(IndexEntry.number(Double.parseDouble(value))),
        FieldType.NUMBER.filterValue(field(FieldType.NUMBER), value),
        value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"NaN", "Infinity", "-Infinity", "1e999999", "0x1p3", "1d", "2f", "", " 1", "+1"})
  void numbersTheIndexCannotHoldAreInvalid(String value) {
    assertEquals(Optional.empty(), FieldType.NUMBER.filterValue(field(FieldType.NUMBER), value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-06-01", "0001-01-01", "9999-12-31"})
  void datesOfTheYears1To9999AreValid(String value) {
    assertTrue(FieldType.DATE.filterValue(field(FieldType.DATE), value).isPresent(), value);
  }

  @Test
  void aDateFilterIsTheStartOfTheDayInUtcAndADateTimeKeepsItsOffset() {
    assertEquals(
        Instant.parse("2016-06-01T00:00:00Z"),
        FieldType.DATE.filterValue(field(FieldType.DATE), "2016-06-01").orElseThrow().time());
    assertEquals(
        Instant.parse("2016-06-01T08:00:00Z"),
        FieldType.DATE_TIME
            .filterValue(field(FieldType.DATE_TIME), "2016-06-01T10:00:00+02:00")
            .orElseThrow()
            .time());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31T23:59:59Z",
        "-000001-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z",
        "2020-02-30",
        "2020-01-01T25:00:00Z"
      })
  void timesOutsideTheYears1To9999OrNotRealAreInvalid(String value) {
    assertEquals(
        Optional.empty(), FieldType.DATE_TIME.filterValue(field(FieldType.DATE_TIME), value));
  }

  @Test
  void booleansAreTrueOrFalse() {
    FieldDefinition flag = field(FieldType.BOOLEAN);

    assertEquals(Optional.of(IndexEntry.text("true")), FieldType.BOOLEAN.filterValue(flag, "true"));
    assertEquals(Optional.empty(), FieldType.BOOLEAN.filterValue(flag, "yes"));
    assertEquals(Optional.empty(), FieldType.BOOLEAN.filterValue(flag, "TRUE"));
  }

  @Test
  void textIsOneTo255CharactersAndTagsCompareInLowerCase() {
    FieldDefinition text = field(FieldType.TEXT);

    assertEquals(Optional.of(IndexEntry.text("Bodø")), FieldType.TEXT.filterValue(text, "Bodø"));
    assertEquals(Optional.empty(), FieldType.TEXT.filterValue(text, ""));
    assertEquals(Optional.empty(), FieldType.TEXT.filterValue(text, "x".repeat(256)));
    assertEquals(
        Optional.of(IndexEntry.text("vox")),
        FieldType.TAGS.filterValue(field(FieldType.TAGS), "VOX"));
  }

  @Test
  void aListsFilterValuesAreThoseOfItsItemType() {
    FieldDefinition numbers = field(FieldType.LIST, "{\"itemType\":\"number\"}");

    assertEquals(Optional.of(IndexEntry.number(3)), FieldType.LIST.filterValue(numbers, "3"));
    assertEquals(Optional.empty(), FieldType.LIST.filterValue(numbers, "three"));
  }

  @Test
  void aColumnReadsItsComponentOfAnEntry() {
    IndexEntry date = IndexEntry.time("2016-06-01", Instant.parse("2016-06-01T00:00:00Z"));

    assertEquals("2016-06-01", IndexColumn.TEXT.of(date));
    assertEquals(Instant.parse("2016-06-01T00:00:00Z"), IndexColumn.TIME.of(date));
    assertEquals(4.0, IndexColumn.NUMBER.of(IndexEntry.number(4)));
  }

  // --- words for search and translation

  @ParameterizedTest(name = "{0}")
  @EnumSource(FieldType.class)
  void textIsPlainRichTextIsRichAndNoOtherTypeHoldsWordsToTranslate(FieldType type) {
    TextForm expected =
        type == FieldType.TEXT
            ? TextForm.PLAIN
            : type == FieldType.RICH_TEXT ? TextForm.RICH : TextForm.NONE;

    assertEquals(expected, type.textForm());
    assertEquals(type == FieldType.BLOCKS, type.holdsBlocks());
  }

  @Test
  void searchReadsTextRichTextWithoutMarkupTagsAndListsOfText() {
    assertEquals(List.of("Vox"), search(field(FieldType.TEXT), "\" Vox \"", Map.of()));
    assertEquals(List.of(), search(field(FieldType.TEXT), "\"  \"", Map.of()));
    assertEquals(
        List.of("Kompetanse for alle"),
        search(field(FieldType.RICH_TEXT), "\"<p>Kompetanse <b>for</b> alle</p>\"", Map.of()));
    assertEquals(List.of("a", "b"), search(field(FieldType.TAGS), "[\"a\",\"b\"]", Map.of()));
    assertEquals(
        List.of("x", "y"),
        search(field(FieldType.LIST, "{\"itemType\":\"text\"}"), "[\"x\",\"y\"]", Map.of()));
  }

  @Test
  void searchSkipsNumbersDatesSlugsUrlsReferencesAndListsOfThem() {
    assertEquals(List.of(), search(field(FieldType.NUMBER), "3", Map.of()));
    assertEquals(List.of(), search(field(FieldType.DATE), "\"2016-06-01\"", Map.of()));
    assertEquals(List.of(), search(field(FieldType.SLUG), "\"vox\"", Map.of()));
    assertEquals(List.of(), search(field(FieldType.URL), "\"https://vox.no\"", Map.of()));
    assertEquals(
        List.of(),
        search(field(FieldType.LIST, "{\"itemType\":\"url\"}"), "[\"https://vox.no\"]", Map.of()));
  }

  @Test
  void searchReadsTheFieldsOfEachBlockByItsBlockType() {
    TypeDefinition quote =
        new TypeDefinition(
            "quote",
            TypeKind.BLOCK,
            Map.of("nb", "Sitat"),
            Map.of(),
            null,
            false,
            null,
            null,
            List.of(
                named("text", FieldType.RICH_TEXT),
                named("person", FieldType.TEXT),
                named("year", FieldType.NUMBER)));
    String blocks =
        "[{\"type\":\"quote\",\"id\":\"a\",\"fields\":"
            + "{\"text\":\"<p>Læring hele livet</p>\",\"person\":\"Statssekretær\",\"year\":2017}},"
            + "{\"type\":\"unknown\",\"id\":\"b\",\"fields\":{\"text\":\"skipped\"}}]";

    assertEquals(
        List.of("Læring hele livet", "Statssekretær"),
        search(field(FieldType.BLOCKS), blocks, Map.of("quote", quote)));
  }
}
