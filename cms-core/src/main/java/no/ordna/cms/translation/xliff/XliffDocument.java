package no.ordna.cms.translation.xliff;

import java.util.List;

/** An XLIFF 2.0 document as the product exchanges it: languages and one file per item. */
public record XliffDocument(String sourceLocale, String targetLocale, List<XliffFile> files) {

  public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
  public static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";
}
