package no.ordna.cms.translation.application;

import java.util.List;

/**
 * One item of an XLIFF import: whether the variant is new, its revision and status now, whether a
 * revision was saved ({@code changed}: some unit applied), the source revision the file was made
 * from, and what happened to each unit.
 */
public record ImportedTranslation(
    String itemId,
    String locale,
    boolean created,
    int revision,
    String status,
    boolean changed,
    int sourceRevision,
    List<ImportedUnit> units) {

  public ImportedTranslation {
    units = List.copyOf(units);
  }
}
