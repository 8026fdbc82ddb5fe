package no.ordna.cms.webhook.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a delivery stands. */
public enum DeliveryState {
  /** Not delivered yet: due at its next attempt time (or held by a dispatcher until then). */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Every try failed; it waits for a manual replay. */
  DEAD;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DeliveryState> fromWireName(String name) {
    for (DeliveryState state : values()) {
      if (state.wireName().equals(name)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
