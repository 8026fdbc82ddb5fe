package no.ordna.cms.workflow.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An action on a variant's workflow, by its wire name ({@code "publish"}). */
public enum Transition {
  SUBMIT,
  APPROVE,
  REQUEST_CHANGES,
  PUBLISH,
  SCHEDULE,
  CANCEL_SCHEDULE,
  UNPUBLISH,
  ARCHIVE,
  UNARCHIVE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Transition> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
  }

  public static String wireNames() {
    return String.join(", ", Arrays.stream(values()).map(Transition::wireName).toList());
  }
}
