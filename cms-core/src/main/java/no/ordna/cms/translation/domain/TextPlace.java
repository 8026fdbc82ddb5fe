package no.ordna.cms.translation.domain;

/**
 * Where a translatable value lives in a variant's fields: a field ({@code title}), or a field of
 * one block in a blocks field ({@code content.<blockId>.text}).
 */
public record TextPlace(String field, String blockId, String blockField) {

  public static TextPlace field(String field) {
    return new TextPlace(field, null, null);
  }

  public boolean inBlock() {
    return blockId != null;
  }

  /** {@code title} or {@code content.q1.text}: the unit id of a plain-text value. */
  public String key() {
    return inBlock() ? field + "." + blockId + "." + blockField : field;
  }
}
