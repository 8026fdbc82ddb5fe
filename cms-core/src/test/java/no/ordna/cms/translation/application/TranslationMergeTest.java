package no.ordna.cms.translation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.domain.Alignment;
import no.ordna.cms.translation.domain.TargetValues;
import no.ordna.cms.translation.domain.TranslatableTexts;
import no.ordna.cms.translation.inline.CodeAlignment;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.xliff.XliffUnit;
import org.junit.jupiter.api.Test;

class TranslationMergeTest {

  static final TypeDefinition TYPE = type();

  static final JsonObject SOURCE =
      JsonDocuments.parseObject(
          """
          {"title": "Tittel",
           "body": "<p>Les <strong>dette</strong> på <a href=\\"/nb/side\\">siden</a>.</p><p>To</p>"}
          """);

  static TypeDefinition type() {
    Violations violations = new Violations();
    TypeDefinition type =
        TypeDefinitionParser.parse(
            JsonDocuments.parseObject(
                """
                {"key": "t", "name": {"nb": "T"}, "fields": [
                  {"key": "title", "type": "text"}, {"key": "body", "type": "richText"}]}
                """),
            TypeKind.CONTENT,
            violations);
    assertTrue(violations.isEmpty());
    return type;
  }

  static TranslatableTexts texts(JsonObject values) {
    return TranslatableTexts.of(TYPE, values, key -> Optional.empty());
  }

  static TranslationMerge merge(JsonObject source, JsonObject now, JsonObject translation) {
    Map<String, CodeAlignment.Aligned> stored = new HashMap<>();
    Alignment.carry(texts(source), texts(source), texts(translation))
        .forEach((id, carried) -> stored.put(id, carried.aligned()));
    return new TranslationMerge(
        texts(source), texts(now), stored, new TargetValues(translation, source, List.of()));
  }

  static XliffUnit unit(String id, XliffUnit.State state, Fragment... target) {
    return XliffUnit.read(id, List.of(target), state, true);
  }

  static Fragment text(String text) {
    return new Fragment.Text(text);
  }

  static Fragment paired(String id, String text) {
    return new Fragment.Paired(id, List.of(text(text)));
  }

  static List<ImportedUnit> apply(TranslationMerge merge, XliffUnit... units) {
    List<ImportedUnit> results = new ArrayList<>();
    for (XliffUnit unit : units) {
      assertEquals(List.of(), merge.apply(merge.exported(unit.id()).orElseThrow(), unit, results));
    }
    merge.rebuildRichText();
    return results;
  }

  @Test
  void translatedSegmentsAreRebuiltInTheSourcesStructureWithTheSourcesMarkup() {
    TranslationMerge merge = merge(SOURCE, SOURCE, Jsons.createObjectBuilder().build());

    apply(
        merge,
        unit(
            "body:1",
            XliffUnit.State.TRANSLATED,
            paired("2", "Siidus"),
            text(" sáhtát lohkat "),
            paired("1", "dán"),
            text(".")),
        unit("body:2", XliffUnit.State.TRANSLATED, text("Guokte")));

    assertEquals(
        "<p><a href=\"/nb/side\">Siidus</a> sáhtát lohkat <strong>dán</strong>.</p><p>Guokte</p>",
        merge.values().getString("body"));
  }

  @Test
  void aLinkTheStoredTranslationPointsElsewhereKeepsItsTarget() {
    JsonObject translation =
        JsonDocuments.parseObject(
            """
            {"body": "<p>Loga <strong>dán</strong> <a href=\\"/se/siidu\\">siiddus</a>.</p><p>Guokte</p>"}
            """);
    TranslationMerge merge = merge(SOURCE, SOURCE, translation);

    List<ImportedUnit> results =
        apply(
            merge,
            unit(
                "body:1",
                XliffUnit.State.TRANSLATED,
                text("Loga "),
                paired("1", "dán"),
                text(" ođđa "),
                paired("2", "siiddus"),
                text(".")));

    assertEquals(
        "<p>Loga <strong>dán</strong> ođđa <a href=\"/se/siidu\">siiddus</a>.</p><p>Guokte</p>",
        merge.values().getString("body"));
    assertEquals(ImportedUnit.Result.APPLIED, results.get(0).result());
  }

  @Test
  void codesThatDoNotMatchTheSourceAreProblemsOfTheUnit() {
    TranslationMerge merge = merge(SOURCE, SOURCE, Jsons.createObjectBuilder().build());
    XliffUnit unit = unit("body:1", XliffUnit.State.TRANSLATED, text("Loga "), paired("1", "dán"));

    List<String> problems =
        merge.apply(merge.exported("body:1").orElseThrow(), unit, new ArrayList<>());

    assertEquals(List.of("inline code 2 (<a href=\"/nb/side\">…</a>) is missing"), problems);
  }

  @Test
  void anUntranslatedCopyChangesNothingButFillsAGapOnceTheTranslationChanges() {
    TranslationMerge merge = merge(SOURCE, SOURCE, Jsons.createObjectBuilder().build());

    List<ImportedUnit> results =
        apply(
            merge,
            unit("title", XliffUnit.State.NEW, text("Tittel")),
            unit("body:2", XliffUnit.State.NEW, text("Guokte")));

    assertEquals(ImportedUnit.Result.UNCHANGED, results.get(0).result());
    assertNull(merge.values().get("title"));
    merge.fillGaps();
    assertEquals("Tittel", merge.values().getString("title"));
    assertEquals(
        "<p>Les <strong>dette</strong> på <a href=\"/nb/side\">siden</a>.</p><p>Guokte</p>",
        merge.values().getString("body"),
        "untranslated segments keep the source's text");
  }

  @Test
  void aSourceChangedSinceTheExportIsReportedPerUnit() {
    JsonObject now =
        JsonDocuments.parseObject(
            "{\"title\": \"Ny tittel\", \"body\": \""
                + SOURCE.getString("body").replace("\"", "\\\"")
                + "\"}");
    TranslationMerge merge = merge(SOURCE, now, Jsons.createObjectBuilder().build());

    List<ImportedUnit> results =
        apply(
            merge,
            unit("title", XliffUnit.State.TRANSLATED, text("Namma")),
            unit("body:2", XliffUnit.State.TRANSLATED, text("Guokte")));

    assertTrue(results.get(0).sourceChanged());
    assertFalse(results.get(1).sourceChanged());
  }
}
