package no.ordna.cms.search.index;

import java.text.Normalizer;
import no.ordna.cms.search.domain.IndexEntry;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene document of an {@link IndexEntry}: its keys (item, locale, type, the item's published
 * locales), what a hit shows (title, slug, the beginning of the text for snippets) and the title
 * and text analysed in the fields of the locale's {@link Family}, exact and folded (NFC first).
 */
final class IndexDocuments {

  /** How much of a document's text is kept for snippets. */
  static final int EXCERPT_CHARS = 3_000;

  /** Analysed, not stored, without positions: queries match words, never phrases. */
  private static final FieldType WORDS = words();

  private IndexDocuments() {}

  static Document of(IndexEntry entry) {
    Family family = Family.of(entry.locale());
    String title = nfc(entry.title());
    String text = nfc(entry.text());
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ITEM, entry.itemId(), Field.Store.YES));
    doc.add(new StringField(IndexFields.LOCALE, entry.locale(), Field.Store.YES));
    doc.add(new StringField(IndexFields.TYPE, entry.typeKey(), Field.Store.YES));
    entry
        .publishedLocales()
        .forEach(l -> doc.add(new StringField(IndexFields.PUBLISHED, l, Field.Store.NO)));
    if (entry.slug() != null) {
      doc.add(new StoredField(IndexFields.SLUG, entry.slug()));
    }
    doc.add(new StoredField(IndexFields.DISPLAY_TITLE, entry.title()));
    doc.add(
        new StoredField(
            IndexFields.EXCERPT, text.length() <= EXCERPT_CHARS ? text : cut(text, EXCERPT_CHARS)));
    for (boolean folded : new boolean[] {false, true}) {
      doc.add(new Field(LocaleAnalysis.field(IndexFields.TITLE, family, folded), title, WORDS));
      doc.add(new Field(LocaleAnalysis.field(IndexFields.TEXT, family, folded), text, WORDS));
    }
    return doc;
  }

  private static FieldType words() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** The text cut to at most {@code max} characters, not inside a surrogate pair. */
  private static String cut(String text, int max) {
    int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
