package no.ordna.cms.content.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The workflow state of one locale variant. Publication (a live snapshot) is tracked apart. */
public enum VariantStatus {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  PUBLISHED,
  UNPUBLISHED,
  ARCHIVED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<VariantStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }
}
