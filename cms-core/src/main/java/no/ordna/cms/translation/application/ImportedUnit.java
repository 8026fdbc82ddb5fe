package no.ordna.cms.translation.application;

import java.util.Locale;

/**
 * What an import did with one unit: set its translation ({@code applied}) or left the text as it
 * was ({@code unchanged}: no translation in the file, or the same as before); and whether the
 * source's text of the unit changed since the file was exported.
 */
public record ImportedUnit(String id, Result result, boolean sourceChanged) {

  public enum Result {
    APPLIED,
    UNCHANGED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
