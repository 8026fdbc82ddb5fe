package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.FieldValidator;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.domain.Alignment;
import no.ordna.cms.translation.domain.TargetValues;
import no.ordna.cms.translation.domain.TextUnit;
import no.ordna.cms.translation.domain.TranslatableTexts;
import no.ordna.cms.translation.inline.CodeAlignment;
import no.ordna.cms.translation.xliff.XliffFile;
import no.ordna.cms.translation.xliff.XliffUnit;

/**
 * Works out what one file of an imported XLIFF document does to its item's translation, changing
 * nothing: each unit is checked against the source revision the file was exported from (known unit,
 * inline codes complete, in place and not added), translated texts are set into the translation's
 * values — rich text rebuilt in the source's structure, with the markup from the product's own copy
 * of the source, never from the file — and the result is checked against the type. Every problem
 * goes to the caller's violations with the unit's place.
 */
@ApplicationScoped
public class ImportPlanner {

  @Inject ContentRepository repository;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject SourceRevisions revisions;

  Optional<ImportPlan> plan(
      XliffFile file, String path, String source, String target, Violations violations) {
    Optional<ContentItem> found =
        file.itemId() == null ? Optional.empty() : repository.find(file.itemId());
    if (found.isEmpty()) {
      if (file.itemId() != null) {
        violations.add(path, "no content item '" + file.itemId() + "'");
      }
      return Optional.empty();
    }
    ContentItem item = found.get();
    Optional<ContentVariant> sourceVariant = item.variant(source);
    if (sourceVariant.isEmpty()) {
      violations.add(path, "the item has no " + source + " variant to translate from");
      return Optional.empty();
    }
    ContentVariant origin = sourceVariant.get();
    int revision = file.sourceRevision() == null ? origin.revision() : file.sourceRevision();
    Optional<JsonObject> exported = revisions.at(origin, revision);
    if (exported.isEmpty()) {
      violations.add(
          path, "the " + source + " variant has no revision " + revision + ": export it again");
      return Optional.empty();
    }
    TypeDefinition type = types.get(TypeKind.CONTENT, item.type()).definition();
    TranslatableTexts then = revisions.texts(type, exported.get());
    Optional<ContentVariant> translation = item.variant(target);
    Map<String, CodeAlignment.Aligned> stored = new HashMap<>();
    translation.ifPresent(
        t -> {
          TranslatableTexts base =
              revisions
                  .at(origin, t.sourceRevision())
                  .map(values -> revisions.texts(type, values))
                  .orElse(then);
          Alignment.carry(then, base, revisions.texts(type, t.fields()))
              .forEach((id, carried) -> stored.put(id, carried.aligned()));
        });
    TranslationMerge work =
        new TranslationMerge(
            then,
            revisions.texts(type, origin.fields()),
            stored,
            new TargetValues(
                translation.map(ContentVariant::fields).orElse(JsonValue.EMPTY_JSON_OBJECT),
                exported.get(),
                blocksFields(type)));
    List<ImportedUnit> units = new ArrayList<>();
    for (XliffUnit unit : file.units()) {
      String unitPath = path + ".unit[" + unit.id() + "]";
      Optional<TextUnit> expected = work.exported(unit.id());
      if (expected.isEmpty()) {
        violations.add(
            unitPath, "names no translatable text of this item at source revision " + revision);
        continue;
      }
      List<String> problems = work.apply(expected.get(), unit, units);
      problems.forEach(problem -> violations.add(unitPath, problem));
    }
    work.rebuildRichText();
    boolean changed = units.stream().anyMatch(u -> u.result() == ImportedUnit.Result.APPLIED);
    if (changed) {
      work.fillGaps();
      check(type, work.values(), translation.isEmpty(), path + ".fields", violations);
    }
    return Optional.of(
        new ImportPlan(path, item.id(), item.typeKey(), work.values(), revision, changed, units));
  }

  /** The checks of a save that can be made before anything is saved, for every file at once. */
  private void check(
      TypeDefinition type, JsonObject values, boolean isNew, String path, Violations violations) {
    FieldValidator validator = new FieldValidator(checks::blockType, violations);
    JsonObject checked = validator.check(type, values, path);
    if (isNew) {
      validator.checkRequired(
          type.fields().stream()
              .filter(f -> f.localized() && f.type() != FieldType.SLUG && f.defaultValue() == null)
              .toList(),
          checked,
          path);
    }
  }

  private static List<String> blocksFields(TypeDefinition type) {
    return type.fields().stream()
        .filter(f -> f.localized() && f.type() == FieldType.BLOCKS)
        .map(FieldDefinition::key)
        .toList();
  }
}
