package no.ordna.cms.webhook.application;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import no.ordna.cms.webhook.domain.EventType;

/**
 * An event about to be written to the outbox: its type, the subject whose events go out in order,
 * the content types and locale webhook filters judge it by (empty types and a null locale pass
 * every filter), its {@code data}, and the surrogate keys a cache purge sends (none: no purge).
 */
record OutboxDraft(
    EventType type,
    String subject,
    Set<String> typeKeys,
    String locale,
    JsonObject data,
    List<String> purgeKeys) {}
