package no.ordna.cms.webhook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A receiver of events: its URL, the events it wants, optional filters (content types, locales;
 * empty means all) and the secret its messages are signed with. The secret is shown once, when the
 * webhook is made or its secret renewed. A disabled webhook gets no new deliveries, and what is
 * pending for it waits until it is enabled again.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "url", nullable = false, length = 2000)
  private String url;

  @Column(name = "description", length = 500)
  private String description;

  @Column(name = "events", nullable = false, length = 500)
  private String events;

  @Column(name = "content_types", nullable = false, length = 2000)
  private String contentTypes;

  @Column(name = "locales", nullable = false, length = 500)
  private String locales;

  @Column(name = "secret", nullable = false, length = 200)
  private String secret;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Webhook() {}

  public Webhook(WebhookSettings settings, String secret, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.secret = secret;
    this.createdAt = now;
    this.createdBy = by;
    apply(settings, now);
  }

  /** Replaces the URL, description, events, filters and enabled flag. */
  public void apply(WebhookSettings settings, Instant now) {
    this.url = settings.url();
    this.description = settings.description();
    this.events = join(settings.events().stream().map(EventType::wireName).toList());
    this.contentTypes = join(settings.contentTypes());
    this.locales = join(settings.locales());
    this.enabled = settings.enabled();
    this.updatedAt = now;
  }

  /** A new secret; the old one signs nothing from now on. */
  public void renewSecret(String newSecret, Instant now) {
    this.secret = newSecret;
    this.updatedAt = now;
  }

  /**
   * Whether an event concerns this webhook: it is enabled, wants the event's type, and the event
   * passes its filters. An event of no content type (locales, assets used nowhere) or no locale
   * (deleted items, type changes) passes the corresponding filter.
   */
  public boolean wants(EventType type, Collection<String> typeKeys, String locale) {
    if (!enabled || !events().contains(type)) {
      return false;
    }
    Set<String> types = contentTypes();
    if (!types.isEmpty() && !typeKeys.isEmpty() && typeKeys.stream().noneMatch(types::contains)) {
      return false;
    }
    Set<String> wanted = locales();
    return wanted.isEmpty() || locale == null || wanted.contains(locale);
  }

  public String id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String description() {
    return description;
  }

  public Set<EventType> events() {
    Set<EventType> set = new LinkedHashSet<>();
    split(events).forEach(name -> EventType.fromWireName(name).ifPresent(set::add));
    return set;
  }

  public Set<String> contentTypes() {
    return new LinkedHashSet<>(split(contentTypes));
  }

  public Set<String> locales() {
    return new LinkedHashSet<>(split(locales));
  }

  public String secret() {
    return secret;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public int version() {
    return version;
  }

  public WebhookSettings settings() {
    return new WebhookSettings(
        url, description, List.copyOf(events()), contentTypes(), locales(), enabled);
  }

  private static String join(Collection<String> values) {
    return String.join(" ", values);
  }

  private static List<String> split(String value) {
    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split(" +"));
  }
}
