package no.ordna.cms.delivery.domain;

import java.util.List;

/**
 * A list filter on a field: {@code fields.city=Tromsø}, {@code fields.startDate[gte]=2016-01-01}.
 */
public record Filter(String field, Op op, List<String> values) {

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
