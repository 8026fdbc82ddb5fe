package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.Violation;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.xliff.XliffDocument;
import no.ordna.cms.translation.xliff.XliffFile;
import no.ordna.cms.translation.xliff.XliffReader;
import no.ordna.cms.translation.xliff.XliffUnit;

/**
 * Imports a translated XLIFF 2.0 file: every unit with a target sets that text in the target
 * locale's variant (created from the source's block structure when new), saved as a draft revision
 * that records the source revision it was translated from. All or nothing: any unknown item or
 * unit, or any value the type refuses, rejects the whole file and changes nothing.
 */
@ApplicationScoped
@Transactional
public class TranslationImport {

  @Inject ContentService content;
  @Inject ContentTypeService types;
  @Inject LocaleService locales;

  public List<ImportedTranslation> importXliff(byte[] bytes, Caller caller) {
    XliffDocument document = XliffReader.read(bytes);
    Violations violations = new Violations();
    String source = document.sourceLocale();
    String target = document.targetLocale();
    if (!locales.settings().isConfigured(source)) {
      violations.add("xliff.srcLang", "'" + source + "' is not a configured locale");
    }
    if (!locales.settings().isConfigured(target) || target.equals(source)) {
      violations.add(
          "xliff.trgLang", "'" + target + "' must be a configured locale other than srcLang");
    }
    violations.throwIfAny("Invalid XLIFF");
    List<JsonObject> plans = new ArrayList<>();
    for (int i = 0; i < document.files().size(); i++) {
      plans.add(plan(document.files().get(i), "file[" + i + "]", source, target, violations));
    }
    violations.throwIfAny("Invalid XLIFF");
    List<ImportedTranslation> imported = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      XliffFile file = document.files().get(i);
      imported.add(save(file, plans.get(i), "file[" + i + "]", source, target, caller));
    }
    return imported;
  }

  private ImportedTranslation save(
      XliffFile file, JsonObject fields, String path, String source, String target, Caller caller) {
    SavedVariant saved;
    try {
      boolean isNew = content.get(file.itemId()).variant(target).isEmpty();
      saved =
          content.saveVariant(
              file.itemId(),
              target,
              fields,
              isNew ? source : null,
              "Imported from XLIFF",
              "*",
              caller);
    } catch (InvalidInputException e) {
      List<Violation> prefixed =
          e.violations().stream()
              .map(v -> new Violation(path + "." + v.path(), v.message()))
              .toList();
      throw new InvalidInputException(
          "The translation of " + path + " does not fit its type: " + e.getMessage(), prefixed);
    }
    int revision =
        file.sourceRevision() == null
            ? saved.item().variant(source).orElseThrow().revision()
            : file.sourceRevision();
    content.recordTranslationSource(file.itemId(), target, source, revision);
    ContentVariant variant = content.getVariant(file.itemId(), target);
    return new ImportedTranslation(
        file.itemId(),
        target,
        saved.created(),
        variant.revision(),
        TranslationStatus.of(Optional.of(variant)).wireName());
  }

  /** The target variant's values once the file's targets are set in. */
  private JsonObject plan(
      XliffFile file, String path, String source, String target, Violations violations) {
    ContentItem item;
    try {
      item = content.get(file.itemId());
    } catch (NotFoundException e) {
      violations.add(path, "no content item '" + file.itemId() + "'");
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    Optional<ContentVariant> sourceVariant = item.variant(source);
    if (sourceVariant.isEmpty()) {
      violations.add(path, "the item has no " + source + " variant to translate from");
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    TypeDefinition type = types.get(TypeKind.CONTENT, item.typeKey()).definition();
    JsonObject base =
        item.variant(target).map(ContentVariant::fields).orElse(JsonValue.EMPTY_JSON_OBJECT);
    JsonObjectBuilder fields = Jsons.createObjectBuilder(base);
    for (FieldDefinition field : type.fields()) {
      if (field.type() == FieldType.BLOCKS
          && field.localized()
          && !base.containsKey(field.key())
          && sourceVariant.get().fields().containsKey(field.key())) {
        fields.add(field.key(), sourceVariant.get().fields().get(field.key()));
      }
    }
    JsonObject planned = fields.build();
    for (XliffUnit unit : file.units()) {
      if (unit.target() != null) {
        planned = apply(type, planned, unit, path + ".unit[" + unit.id() + "]", violations);
      }
    }
    return planned;
  }

  private static JsonObject apply(
      TypeDefinition type, JsonObject values, XliffUnit unit, String path, Violations violations) {
    String[] parts = unit.id().split("\\.");
    Optional<FieldDefinition> field = type.field(parts[0]);
    if (parts.length == 1
        && field.filter(f -> f.localized() && TranslationExchange.translatable(f)).isPresent()) {
      return Jsons.createObjectBuilder(values).add(parts[0], unit.target()).build();
    }
    if (parts.length == 3
        && field.filter(f -> f.localized() && f.type() == FieldType.BLOCKS).isPresent()
        && values.get(parts[0]) instanceof jakarta.json.JsonArray blocks) {
      JsonArrayBuilder updated = Jsons.createArrayBuilder();
      boolean found = false;
      for (JsonValue element : blocks) {
        JsonObject block = element.asJsonObject();
        if (parts[1].equals(block.getString("id", null))) {
          JsonObject inner =
              block.containsKey("fields")
                  ? block.getJsonObject("fields")
                  : JsonValue.EMPTY_JSON_OBJECT;
          block =
              Jsons.createObjectBuilder(block)
                  .add("fields", Jsons.createObjectBuilder(inner).add(parts[2], unit.target()))
                  .build();
          found = true;
        }
        updated.add(block);
      }
      if (found) {
        return Jsons.createObjectBuilder(values).add(parts[0], updated).build();
      }
    }
    violations.add(path, "names no translatable field of type '" + type.key() + "'");
    return values;
  }
}
