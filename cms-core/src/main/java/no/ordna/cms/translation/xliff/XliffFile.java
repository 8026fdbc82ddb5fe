package no.ordna.cms.translation.xliff;

import java.util.List;

/** One content item in an XLIFF document: which item, its type, the source revision, its units. */
public record XliffFile(
    String itemId, String typeKey, Integer sourceRevision, List<XliffUnit> units) {

  public XliffFile {
    units = List.copyOf(units);
  }
}
