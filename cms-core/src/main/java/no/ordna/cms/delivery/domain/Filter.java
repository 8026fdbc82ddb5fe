package no.ordna.cms.delivery.domain;

import java.util.List;
import no.ordna.cms.contenttype.domain.IndexColumn;
import no.ordna.cms.contenttype.domain.IndexEntry;

/**
 * A list filter on a field ({@code fields.city=Tromsø}, {@code fields.startDate[gte]=2016-01-01}):
 * the field, how it compares, the index column it compares (its field type's), and its values as
 * the index holds them (one, or several for {@code in} and {@code all}).
 */
public record Filter(String field, Op op, IndexColumn column, List<IndexEntry> values) {

  public Filter {
    values = List.copyOf(values);
    if (values.isEmpty() || (op != Op.IN && op != Op.ALL && values.size() != 1)) {
      throw new IllegalArgumentException("a '" + op + "' filter with " + values.size() + " values");
    }
    if (op.isRange() && !column.isOrdered()) {
      throw new IllegalArgumentException("a range over " + column);
    }
  }

  /** How the field's value is compared. */
  public enum Op {
    EQ,
    IN,
    ALL,
    GT,
    GTE,
    LT,
    LTE;

    public boolean isRange() {
      return this == GT || this == GTE || this == LT || this == LTE;
    }
  }
}
