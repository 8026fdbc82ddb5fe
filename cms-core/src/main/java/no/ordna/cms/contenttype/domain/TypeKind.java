package no.ordna.cms.contenttype.domain;

/** Whether a definition describes content items or the modules of a {@code blocks} field. */
public enum TypeKind {
  CONTENT,
  BLOCK;

  public String wireName() {
    return this == CONTENT ? "content" : "block";
  }
}
