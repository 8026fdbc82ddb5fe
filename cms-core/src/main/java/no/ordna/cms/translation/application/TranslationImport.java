package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Violation;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.xliff.XliffDocument;
import no.ordna.cms.translation.xliff.XliffReader;

/**
 * Imports a translated XLIFF file (2.0 or 1.2): every translated unit sets its text in the target
 * locale's variant (created from the source's block structure when new), saved as a draft revision
 * that records the source revision the file was exported from — so a translation of a source that
 * has changed since stays outdated. All or nothing: an unknown item or unit, inline codes missing,
 * added or wrongly nested, or a value the type refuses rejects the whole file, naming every refused
 * unit, and changes nothing. Items where no unit changes are not saved.
 */
@ApplicationScoped
@Transactional
public class TranslationImport {

  /** Refused units named in a refusal's detail; all of them are in its errors. */
  private static final int NAMED_UNITS = 20;

  @Inject ContentService content;
  @Inject LocaleService locales;
  @Inject ImportPlanner planner;
  @Inject AuditTrail audit;

  public List<ImportedTranslation> importXliff(byte[] bytes, Caller caller) {
    Violations violations = new Violations();
    XliffDocument document = XliffReader.read(bytes, violations);
    String source = document.sourceLocale();
    String target = document.targetLocale();
    if (!source.isEmpty() && !locales.settings().isConfigured(source)) {
      violations.add("xliff.srcLang", "'" + source + "' is not a configured locale");
    }
    if (!target.isEmpty() && (!locales.settings().isConfigured(target) || target.equals(source))) {
      violations.add(
          "xliff.trgLang", "'" + target + "' must be a configured locale other than srcLang");
    }
    if (violations.list().stream()
        .anyMatch(v -> !v.path().startsWith("file[") || v.path().endsWith("-language"))) {
      refuseIfAny(violations); // without its languages the document cannot be checked further
    }
    List<ImportPlan> plans = new ArrayList<>();
    for (int i = 0; i < document.files().size(); i++) {
      planner
          .plan(document.files().get(i), "file[" + i + "]", source, target, violations)
          .ifPresent(plans::add);
    }
    refuseIfAny(violations);
    for (ImportPlan plan : plans) {
      if (!caller.mayEditLocalized(plan.typeKey(), target)) {
        throw new ForbiddenException(
            "You may not edit '" + plan.typeKey() + "' content in locale '" + target + "'");
      }
    }
    List<ImportedTranslation> imported = new ArrayList<>();
    for (ImportPlan plan : plans) {
      imported.add(plan.changed() ? save(plan, source, target, caller) : unchanged(plan, target));
    }
    var items = no.ordna.cms.shared.Jsons.createArrayBuilder();
    imported.forEach(i -> items.add(i.itemId()));
    audit.record(
        caller,
        "translation.import",
        new AuditSubject(null, null, target, null),
        null,
        no.ordna.cms.shared.Jsons.createObjectBuilder()
            .add("sourceLocale", source)
            .add("items", items)
            .add("saved", (int) imported.stream().filter(ImportedTranslation::changed).count())
            .build());
    return imported;
  }

  private ImportedTranslation save(ImportPlan plan, String source, String target, Caller caller) {
    ItemId itemId = new ItemId(plan.itemId());
    LocaleCode targetLocale = new LocaleCode(target);
    SavedVariant saved;
    try {
      boolean isNew = content.get(itemId).variant(target).isEmpty();
      saved =
          content.saveVariant(
              itemId,
              targetLocale,
              plan.fields(),
              isNew ? source : null,
              "Imported from XLIFF",
              "*",
              caller);
    } catch (InvalidInputException e) {
      List<Violation> prefixed =
          e.violations().stream()
              .map(v -> new Violation(plan.path() + "." + v.path(), v.message()))
              .toList();
      throw new InvalidInputException(
          "The translation of " + plan.path() + " does not fit its type: " + e.getMessage(),
          prefixed);
    }
    content.recordTranslationSource(itemId, targetLocale, source, plan.sourceRevision());
    ContentVariant variant = content.getVariant(itemId, targetLocale);
    return new ImportedTranslation(
        plan.itemId(),
        target,
        saved.created(),
        variant.revision(),
        TranslationStatus.of(Optional.of(variant)).wireName(),
        true,
        plan.sourceRevision(),
        plan.units());
  }

  private ImportedTranslation unchanged(ImportPlan plan, String target) {
    Optional<ContentVariant> variant = content.get(new ItemId(plan.itemId())).variant(target);
    return new ImportedTranslation(
        plan.itemId(),
        target,
        false,
        variant.map(ContentVariant::revision).orElse(0),
        TranslationStatus.of(variant).wireName(),
        false,
        plan.sourceRevision(),
        plan.units());
  }

  /** Refuses the file with every problem, naming the refused units in the detail. */
  private static void refuseIfAny(Violations violations) {
    if (violations.isEmpty()) {
      return;
    }
    List<String> units =
        violations.list().stream()
            .map(Violation::path)
            .filter(p -> p.startsWith("file[") && p.contains(".unit["))
            .distinct()
            .toList();
    if (units.isEmpty()) {
      violations.throwIfAny("Invalid XLIFF");
    }
    String named = String.join(", ", units.subList(0, Math.min(NAMED_UNITS, units.size())));
    throw new InvalidInputException(
        "Invalid XLIFF: "
            + (units.size() == 1 ? "1 unit refused (" : units.size() + " units refused (")
            + named
            + (units.size() > NAMED_UNITS ? ", …" : "")
            + "); "
            + violations.list().size()
            + (violations.list().size() == 1 ? " problem" : " problems")
            + ", see errors",
        violations.list());
  }
}
