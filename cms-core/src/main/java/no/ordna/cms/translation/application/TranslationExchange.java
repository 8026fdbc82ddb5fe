package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.paging.PageRequest;
import no.ordna.cms.translation.domain.Alignment;
import no.ordna.cms.translation.domain.TextUnit;
import no.ordna.cms.translation.domain.TranslatableTexts;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.xliff.Xliff12Writer;
import no.ordna.cms.translation.xliff.Xliff20Writer;
import no.ordna.cms.translation.xliff.XliffDocument;
import no.ordna.cms.translation.xliff.XliffFile;
import no.ordna.cms.translation.xliff.XliffUnit;
import no.ordna.cms.translation.xliff.XliffVersion;

/**
 * Exports the items that need translation into a locale as XLIFF 2.0 or 1.2: per item its
 * translatable texts — text fields, rich-text fields segment by segment with inline codes, and the
 * texts of blocks — with the source's revision and notes for the translator, and the current
 * translation as targets where it corresponds to the source (marked for review where the source
 * changed since).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TranslationExchange {

  /** Most items one export holds. */
  public static final int MAX_ITEMS = 1000;

  @Inject TranslationService translations;
  @Inject ContentTypeService types;
  @Inject LocaleService locales;
  @Inject SourceRevisions revisions;

  public byte[] export(
      String target, Set<TranslationStatus> statuses, String type, XliffVersion version) {
    locales.requireConfigured(target, "locale");
    String source = locales.settings().defaultLocale();
    List<XliffFile> files = new ArrayList<>();
    Set<TranslationStatus> wanted =
        statuses.isEmpty()
            ? EnumSet.of(TranslationStatus.MISSING, TranslationStatus.OUTDATED)
            : statuses;
    for (TranslationStatus status : wanted) {
      for (QueueEntry entry :
          translations
              .queue(
                  new TranslationQuery(target, status, type, "-sourcePublishDate"),
                  PageRequest.first(MAX_ITEMS))
              .items()) {
        if (files.size() < MAX_ITEMS && entry.source().locale().equals(source)) {
          files.add(file(entry.item(), entry.source(), Optional.ofNullable(entry.translation())));
        }
      }
    }
    XliffDocument document = new XliffDocument(version, source, target, files);
    return version == XliffVersion.V2_0
        ? Xliff20Writer.write(document)
        : Xliff12Writer.write(document);
  }

  private XliffFile file(
      ContentItem item, ContentVariant source, Optional<ContentVariant> translation) {
    TypeDefinition type = types.get(TypeKind.CONTENT, item.type()).definition();
    TranslatableTexts texts = revisions.texts(type, source.fields());
    boolean outdated = translation.map(ContentVariant::translationOutdated).orElse(false);
    Optional<TranslatableTexts> then =
        translation
            .filter(t -> outdated)
            .flatMap(t -> revisions.at(source, t.sourceRevision()))
            .map(values -> revisions.texts(type, values));
    Map<String, Alignment.Carried> targets =
        translation
            .map(t -> Alignment.carry(texts, then.orElse(texts), revisions.texts(type, t.fields())))
            .orElse(Map.of());
    List<XliffUnit> units = new ArrayList<>();
    for (TextUnit unit : texts.units()) {
      Alignment.Carried carried = targets.get(unit.id());
      boolean changed = outdated && (carried == null || carried.changed() || then.isEmpty());
      XliffUnit.State state =
          carried == null
              ? XliffUnit.State.NEW
              : changed ? XliffUnit.State.NEEDS_REVIEW : XliffUnit.State.TRANSLATED;
      String change = null;
      if (changed) {
        change =
            carried == null
                ? "new in the source since the translation"
                : carried.changed()
                    ? "the source changed since the translation; it was: "
                        + carried.from().text().plainText()
                    : "the source changed since the translation (its text then is no longer kept)";
      }
      units.add(
          new XliffUnit(
              unit.id(),
              unit.text(),
              carried == null ? null : carried.aligned().content(),
              state,
              unit.translate(),
              unit.maxLength(),
              UnitNotes.of(type, unit, source, texts, change)));
    }
    return new XliffFile(item.id(), item.typeKey(), source.revision(), units);
  }
}
