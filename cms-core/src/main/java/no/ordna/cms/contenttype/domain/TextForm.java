package no.ordna.cms.contenttype.domain;

/**
 * The words one value of a field type holds, for search and translation: none, plain text, or rich
 * text (HTML whose text is read without its markup).
 */
public enum TextForm {
  NONE,
  PLAIN,
  RICH
}
