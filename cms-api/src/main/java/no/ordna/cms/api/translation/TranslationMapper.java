package no.ordna.cms.api.translation;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.translation.application.ImportedTranslation;
import no.ordna.cms.translation.application.QueueEntry;
import no.ordna.cms.translation.application.TranslationDetail;

/** The translation queue and a translation's detail as they go over the wire. */
final class TranslationMapper {

  private TranslationMapper() {}

  static JsonObject entry(QueueEntry entry, String locale) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("itemId", entry.item().id())
            .add("type", entry.item().typeKey())
            .add("locale", locale)
            .add("status", entry.status().wireName())
            .add("source", source(entry.source()))
            .add("fields", Jsons.createArrayBuilder(entry.fields()));
    if (entry.translation() != null) {
      json.add("translation", translation(entry.translation()));
    } else {
      json.addNull("translation");
    }
    return json.build();
  }

  private static JsonObjectBuilder source(ContentVariant source) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("locale", source.locale())
            .add("revision", source.revision());
    if (source.title() != null) {
      json.add("title", source.title());
    }
    if (source.firstPublishedAt() != null) {
      json.add("firstPublishedAt", source.firstPublishedAt().toString());
    }
    return json;
  }

  private static JsonObjectBuilder translation(ContentVariant translation) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("revision", translation.revision())
            .add("status", translation.status().wireName())
            .add("etag", translation.etag())
            .add("updatedAt", translation.updatedAt().toString())
            .add("updatedBy", translation.updatedBy());
    if (translation.sourceRevision() != null) {
      json.add("translatedFromRevision", translation.sourceRevision());
    }
    if (translation.title() != null) {
      json.add("title", translation.title());
    }
    return json;
  }

  static JsonObject detail(TranslationDetail detail, String locale) {
    JsonArrayBuilder changes = Jsons.createArrayBuilder();
    detail.sourceChanges().forEach(c -> changes.add(c.toJson()));
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("itemId", detail.item().id())
            .add("type", detail.item().typeKey())
            .add("locale", locale)
            .add("status", detail.status().wireName())
            .add("source", source(detail.source()).add("fields", detail.source().fields()))
            .add("sourceChanges", changes);
    if (detail.translation() != null) {
      json.add(
          "translation",
          translation(detail.translation()).add("fields", detail.translation().fields()));
    } else {
      json.addNull("translation");
    }
    return json.build();
  }

  /** The answer of an XLIFF import: how many items were saved, and each item with its units. */
  static JsonObject imported(List<ImportedTranslation> imported) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    for (ImportedTranslation i : imported) {
      JsonArrayBuilder units = Jsons.createArrayBuilder();
      i.units()
          .forEach(
              u ->
                  units.add(
                      Jsons.createObjectBuilder()
                          .add("id", u.id())
                          .add("result", u.result().wireName())
                          .add("sourceChanged", u.sourceChanged())));
      items.add(
          Jsons.createObjectBuilder()
              .add("itemId", i.itemId())
              .add("locale", i.locale())
              .add("created", i.created())
              .add("revision", i.revision())
              .add("status", i.status())
              .add("changed", i.changed())
              .add("sourceRevision", i.sourceRevision())
              .add("units", units));
    }
    return Jsons.createObjectBuilder()
        .add("imported", (int) imported.stream().filter(ImportedTranslation::changed).count())
        .add("items", items)
        .build();
  }
}
