package no.ordna.cms.webhook.domain;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an administrator chooses for a webhook: where it goes, an optional description, the events
 * it wants (at least one), optional filters by content type and locale (empty: all), and whether it
 * is enabled.
 */
public record WebhookSettings(
    String url,
    String description,
    List<EventType> events,
    Set<String> contentTypes,
    Set<String> locales,
    boolean enabled) {

  public WebhookSettings {
    events = List.copyOf(events);
    contentTypes = Collections.unmodifiableSet(new TreeSet<>(contentTypes));
    locales = Collections.unmodifiableSet(new TreeSet<>(locales));
  }
}
