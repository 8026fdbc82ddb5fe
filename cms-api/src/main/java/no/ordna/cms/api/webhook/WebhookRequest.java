package no.ordna.cms.api.webhook;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.webhook.domain.EventType;
import no.ordna.cms.webhook.domain.WebhookSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST} and {@code PUT /api/v1/manage/webhooks[/{id}]}. */
@Schema(description = "A webhook's settings")
public record WebhookRequest(
    @Schema(
            required = true,
            description =
                "Where events are POSTed: an http(s) URL; loopback, link-local and private"
                    + " addresses only when CMS_OUTBOUND_ALLOWED_HOSTS allows them",
            example = "https://www.example.no/api/revalidate")
        String url,
    @Schema(
            required = true,
            description =
                "The events it wants: content.published, content.unpublished, content.deleted,"
                    + " content.restored, translation.outdated, asset.changed,"
                    + " content-type.changed, locales.changed")
        List<String> events,
    @Schema(description = "What it is for (at most 500 characters)") String description,
    @Schema(description = "Only events of these content types (empty or absent: all)")
        List<String> contentTypes,
    @Schema(description = "Only events in these locales (empty or absent: all)")
        List<String> locales,
    @Schema(description = "Whether it gets events (default true)") Boolean enabled) {

  /** Reads and checks the body's shape; what it names is checked by the service. */
  static WebhookSettings parse(JsonObject body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(body, "", violations);
    request.allowOnly(Set.of("url", "events", "description", "contentTypes", "locales", "enabled"));
    String url = request.string("url", true).orElse(null);
    String description = request.string("description", false).orElse(null);
    List<EventType> events = new ArrayList<>();
    for (String name : strings(request, "events", true, violations)) {
      EventType.fromWireName(name)
          .ifPresentOrElse(
              t -> {
                if (!events.contains(t)) {
                  events.add(t);
                }
              },
              () -> violations.add("events", "unknown event '" + name + "'"));
    }
    Set<String> types = new LinkedHashSet<>(strings(request, "contentTypes", false, violations));
    Set<String> locales = new LinkedHashSet<>(strings(request, "locales", false, violations));
    boolean enabled = request.bool("enabled", true);
    violations.throwIfAny("Invalid webhook");
    return new WebhookSettings(url, description, events, types, locales, enabled);
  }

  private static List<String> strings(
      StrictObject request, String key, boolean required, Violations violations) {
    List<String> values = new ArrayList<>();
    JsonArray array = request.array(key, required).orElse(null);
    if (array == null) {
      return values;
    }
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString s) {
        values.add(s.getString());
      } else {
        violations.add(key + "[" + i + "]", "must be a string");
      }
    }
    return values;
  }
}
