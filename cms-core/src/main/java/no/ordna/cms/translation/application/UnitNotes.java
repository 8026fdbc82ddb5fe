package no.ordna.cms.translation.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.translation.domain.TextUnit;
import no.ordna.cms.translation.domain.TranslatableTexts;
import no.ordna.cms.translation.xliff.XliffNote;

/**
 * The context a translator sees beside a unit: the content type, the field (with its label in the
 * source language), the block type, where a rich-text segment stands, the source's revision, the
 * length limit, and — for a translation whose source changed — what changed.
 */
final class UnitNotes {

  private UnitNotes() {}

  static List<XliffNote> of(
      TypeDefinition type,
      TextUnit unit,
      ContentVariant source,
      TranslatableTexts texts,
      String change) {
    String locale = source.locale();
    List<XliffNote> notes = new ArrayList<>();
    notes.add(new XliffNote("contentType", labelled(type.key(), type.name(), locale)));
    String field = unit.place().field();
    String fieldLabel =
        type.field(field).map(f -> labelled(field, f.label(), locale)).orElse(field);
    if (unit.place().inBlock()) {
      fieldLabel +=
          " › block "
              + unit.place().blockId()
              + " › "
              + labelled(unit.place().blockField(), unit.definition().label(), locale);
      notes.add(new XliffNote("field", fieldLabel));
      notes.add(new XliffNote("blockType", unit.blockType()));
    } else {
      notes.add(new XliffNote("field", fieldLabel));
    }
    if (unit.richText()) {
      int of = texts.unitsAt(unit.place()).size();
      notes.add(
          new XliffNote(
              "segment", unit.context() + " (" + unit.segment() + " of " + of + " in the field)"));
    }
    notes.add(new XliffNote("sourceRevision", Integer.toString(source.revision())));
    if (unit.maxLength() != null) {
      notes.add(new XliffNote("sizeLimit", "at most " + unit.maxLength() + " characters"));
    } else if (unit.richText() && unit.definition().intOption("maxLength").isPresent()) {
      notes.add(
          new XliffNote(
              "sizeLimit",
              "the whole field at most "
                  + unit.definition().intOption("maxLength").getAsInt()
                  + " characters of HTML"));
    }
    if (!unit.translate()) {
      notes.add(new XliffNote("translate", "a name or fixed value: keep it as it is"));
    }
    if (change != null) {
      notes.add(new XliffNote("sourceChanged", change));
    }
    return notes;
  }

  private static String labelled(String key, Map<String, String> labels, String locale) {
    String label = labels.getOrDefault(locale, labels.get("en"));
    return label == null || label.equals(key) ? key : key + " (" + label + ")";
  }
}
