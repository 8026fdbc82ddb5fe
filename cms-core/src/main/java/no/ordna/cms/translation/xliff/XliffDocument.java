package no.ordna.cms.translation.xliff;

import java.util.List;

/** An XLIFF document as the product exchanges it: version, languages and one file per item. */
public record XliffDocument(
    XliffVersion version, String sourceLocale, String targetLocale, List<XliffFile> files) {

  /** XLIFF 2.0's metadata module: the item, its type and the source revision of each file. */
  public static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";

  /** XLIFF 2.0's size restriction module: the length limits of text fields. */
  public static final String SIZE = "urn:oasis:names:tc:xliff:sizerestriction:2.0";

  /** The product's own attributes in XLIFF 1.2 (item, type and source revision of each file). */
  public static final String ORDNA = "urn:ordna:cms:xliff";

  public XliffDocument {
    files = List.copyOf(files);
  }
}
