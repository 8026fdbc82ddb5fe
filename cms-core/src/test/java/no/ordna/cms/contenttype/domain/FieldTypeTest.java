package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What each field type's rule answers about the shape of its values. */
class FieldTypeTest {

  private static final Set<FieldType> ALWAYS_DELIVERED =
      EnumSet.of(
          FieldType.TEXT,
          FieldType.RICH_TEXT,
          FieldType.NUMBER,
          FieldType.BOOLEAN,
          FieldType.DATE,
          FieldType.DATE_TIME,
          FieldType.SLUG,
          FieldType.URL);

  private static FieldDefinition field(FieldType type, JsonObject options) {
    return new FieldDefinition("f", type, true, false, Map.of(), false, null, options);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FieldType.class)
  void scalarsAreAlwaysDeliveredWhenSetAndReferencesAssetsAndArraysMayBeLeftOut(FieldType type) {
    assertEquals(ALWAYS_DELIVERED.contains(type), type.alwaysDelivered());
  }

  @ParameterizedTest(name = "{0}, multiple={1}: array={2}")
  @CsvSource({
    "TEXT,      false, false",
    "TEXT,      true,  false",
    "NUMBER,    false, false",
    "REFERENCE, false, false",
    "REFERENCE, true,  true",
    "ASSET,     false, false",
    "ASSET,     true,  true",
    "LIST,      false, true",
    "TAGS,      false, true",
    "BLOCKS,    false, true",
  })
  void valueIsAnArrayForListsTagsBlocksAndMultipleReferencesOrAssets(
      FieldType type, boolean multiple, boolean array) {
    JsonObject options = Jsons.createObjectBuilder().add("multiple", multiple).build();

    assertEquals(array, field(type, options).holdsArray());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = FieldType.class,
      names = {"LIST", "TAGS", "BLOCKS"})
  void arrayTypesAreNoListElementsAndCheckNoSingleValue(FieldType type) {
    FieldValidator validator = new FieldValidator(key -> Optional.empty(), new Violations());

    assertEquals(false, type.isListElement());
    assertThrows(
        IllegalStateException.class,
        () ->
            type.rule()
                .checkOne(
                    field(type, JsonValue.EMPTY_JSON_OBJECT),
                    Jsons.createValue("x"),
                    "f",
                    validator));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text,      string",
    "richText,  RichTextHtml",
    "number,    number",
    "boolean,   boolean",
    "date,      IsoDate",
    "dateTime,  IsoDateTime",
    "url,       string",
    "reference, ItemId",
    "asset,     AssetId",
  })
  void aListOfAnElementTypeIsAnArrayOfThatTypesTypeScript(String itemType, String element) {
    FieldDefinition list =
        field(FieldType.LIST, Jsons.createObjectBuilder().add("itemType", itemType).build());

    assertEquals(
        "Array<" + element + ">",
        FieldType.LIST.typeScript(list, f -> "never", s -> "'" + s + "'"));
  }
}
