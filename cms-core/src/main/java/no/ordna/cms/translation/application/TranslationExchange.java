package no.ordna.cms.translation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.xliff.XliffDocument;
import no.ordna.cms.translation.xliff.XliffFile;
import no.ordna.cms.translation.xliff.XliffUnit;
import no.ordna.cms.translation.xliff.XliffWriter;

/**
 * Exports the items that need translation into a locale as XLIFF 2.0: per item its translatable
 * texts — localized text and rich-text fields, and the text fields of blocks (unit ids {@code
 * <field>} and {@code <field>.<blockId>.<blockField>}) — with the source's revision, and the
 * current translation as targets where there is one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TranslationExchange {

  /** Most items one export holds. */
  public static final int MAX_ITEMS = 1000;

  @Inject TranslationService translations;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject LocaleService locales;

  public byte[] export(String target, Set<TranslationStatus> statuses, String type) {
    locales.requireConfigured(target, "locale");
    String source = locales.settings().defaultLocale();
    List<XliffFile> files = new ArrayList<>();
    Set<TranslationStatus> wanted =
        statuses.isEmpty()
            ? EnumSet.of(TranslationStatus.MISSING, TranslationStatus.OUTDATED)
            : statuses;
    for (TranslationStatus status : wanted) {
      for (QueueEntry entry :
          translations.queue(
              new TranslationQuery(target, status, type, "-sourcePublishDate", MAX_ITEMS, 0))) {
        if (files.size() < MAX_ITEMS && entry.source().locale().equals(source)) {
          files.add(file(entry.item(), entry.source(), Optional.ofNullable(entry.translation())));
        }
      }
    }
    return XliffWriter.write(new XliffDocument(source, target, files));
  }

  private XliffFile file(
      ContentItem item, ContentVariant source, Optional<ContentVariant> translation) {
    TypeDefinition type = types.get(TypeKind.CONTENT, item.typeKey()).definition();
    Map<String, String> sources = texts(type, source.fields());
    Map<String, String> targets = translation.map(t -> texts(type, t.fields())).orElse(Map.of());
    List<XliffUnit> units = new ArrayList<>();
    sources.forEach((id, text) -> units.add(new XliffUnit(id, text, targets.get(id))));
    return new XliffFile(item.id(), item.typeKey(), source.revision(), units);
  }

  /** The translatable texts of a variant's values, by unit id. */
  Map<String, String> texts(TypeDefinition type, JsonObject values) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (FieldDefinition field : type.fields()) {
      JsonValue value = values.get(field.key());
      if (!field.localized() || value == null) {
        continue;
      }
      if (translatable(field) && value instanceof JsonString text && !text.getString().isBlank()) {
        texts.put(field.key(), text.getString());
      } else if (field.type() == FieldType.BLOCKS
          && value.getValueType() == JsonValue.ValueType.ARRAY) {
        for (JsonValue element : value.asJsonArray()) {
          JsonObject block = element.asJsonObject();
          JsonObject fields = block.getJsonObject("fields");
          checks
              .blockType(block.getString("type", ""))
              .ifPresent(
                  blockType ->
                      blockType
                          .fields()
                          .forEach(
                              f -> {
                                JsonValue inner = fields == null ? null : fields.get(f.key());
                                if (translatable(f)
                                    && inner instanceof JsonString text
                                    && !text.getString().isBlank()) {
                                  texts.put(
                                      field.key() + "." + block.getString("id") + "." + f.key(),
                                      text.getString());
                                }
                              }));
        }
      }
    }
    return texts;
  }

  static boolean translatable(FieldDefinition field) {
    return field.type() == FieldType.TEXT || field.type() == FieldType.RICH_TEXT;
  }
}
