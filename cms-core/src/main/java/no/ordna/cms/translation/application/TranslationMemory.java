package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.translation.domain.Alignment;
import no.ordna.cms.translation.domain.TextUnit;
import no.ordna.cms.translation.domain.TranslatableTexts;
import no.ordna.cms.translation.inline.CodeAlignment;
import no.ordna.cms.translation.inline.TaggedText;
import no.ordna.cms.translation.persistence.TranslationQueries;
import no.ordna.cms.translation.tmx.TmxUnit;
import no.ordna.cms.translation.tmx.TmxWriter;

/**
 * The existing translations of one locale pair as a translation memory (TMX 1.4b), so translators
 * can seed their CAT tool with what is already translated: each translation is paired segment by
 * segment with the source revision it was made from (an outdated translation still pairs with the
 * text it translates). Names, copies of the source and segments that do not correspond are left
 * out; a pair met twice is written once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TranslationMemory {

  /** Most items one memory is made from. */
  public static final int MAX_ITEMS = 2000;

  @Inject TranslationQueries queries;
  @Inject SourceRevisions revisions;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject LocaleService locales;
  @Inject Clock clock;

  public byte[] tmx(String source, String target, String type) {
    locales.requireConfigured(source, "source");
    locales.requireConfigured(target, "target");
    if (source.equals(target)) {
      throw InvalidInputException.of("target", "must be another locale than source");
    }
    List<TmxUnit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ContentItem item : queries.translated(source, target, type, MAX_ITEMS)) {
      ContentVariant translation = item.variant(target).orElseThrow();
      Optional<ContentVariant> original = item.variant(source);
      Optional<JsonObject> then =
          original.flatMap(
              o ->
                  translation.sourceRevision() == null
                      ? Optional.of(o.fields())
                      : revisions.at(o, translation.sourceRevision()));
      if (then.isEmpty()) {
        continue;
      }
      TypeDefinition definition = types.get(TypeKind.CONTENT, item.type()).definition();
      TranslatableTexts sources = TranslatableTexts.of(definition, then.get(), checks::blockType);
      TranslatableTexts translations =
          TranslatableTexts.of(definition, translation.fields(), checks::blockType);
      Map<String, CodeAlignment.Aligned> pairs = Alignment.of(sources, translations);
      for (TextUnit unit : sources.units()) {
        CodeAlignment.Aligned pair = pairs.get(unit.id());
        if (pair == null || !unit.translate() || pair.content().equals(unit.text().fragments())) {
          continue;
        }
        TaggedText translated = new TaggedText(pair.content(), pair.ownCodes());
        if (seen.add(unit.text().html() + "\u0000" + translated.html())) {
          units.add(
              new TmxUnit(
                  item.id() + "/" + unit.id(),
                  Map.of("x-item", item.id(), "x-unit", unit.id(), "x-contentType", item.typeKey()),
                  unit.text(),
                  translated,
                  translation.updatedAt()));
        }
      }
    }
    return TmxWriter.write(source, target, units, clock.instant());
  }
}
