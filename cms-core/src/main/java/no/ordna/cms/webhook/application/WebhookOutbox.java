package no.ordna.cms.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.content.domain.ContentRestored;
import no.ordna.cms.content.domain.ContentTrashed;
import no.ordna.cms.content.domain.TranslationOutdated;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.webhook.domain.Delivery;
import no.ordna.cms.webhook.domain.EventType;
import no.ordna.cms.webhook.domain.OutboxEvent;
import no.ordna.cms.webhook.domain.Webhook;
import no.ordna.cms.webhook.persistence.OutboxRepository;
import no.ordna.cms.webhook.persistence.WebhookRepository;

/**
 * Writes events to the outbox in the transaction of the change they report (the observers run
 * inside it, and a failure here rolls the change back): one event row and one delivery per webhook
 * that wants it and per configured cache to purge. Nothing is written when no one listens. The
 * dispatcher is woken once the transaction commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookOutbox {

  @Inject WebhookRepository webhooks;
  @Inject OutboxRepository outbox;
  @Inject EventPayloads payloads;
  @Inject WebhookConfig config;
  @Inject Event<OutboxWritten> written;
  @Inject Clock clock;

  void onPublication(@Observes PublicationChange change) {
    if (listened(true)) {
      payloads.of(change).ifPresent(draft -> record(draft, true));
    }
  }

  void onTrashed(@Observes ContentTrashed trashed) {
    if (!listened(false)) {
      return;
    }
    payloads
        .wholeItem(EventType.CONTENT_DELETED, trashed.itemId(), true)
        .ifPresent(draft -> record(draft, false));
  }

  void onRestored(@Observes ContentRestored restored) {
    if (!listened(false)) {
      return;
    }
    payloads
        .wholeItem(EventType.CONTENT_RESTORED, restored.itemId(), false)
        .ifPresent(draft -> record(draft, false));
  }

  void onOutdated(@Observes TranslationOutdated outdated) {
    if (!listened(false)) {
      return;
    }
    payloads
        .translationOutdated(outdated.itemId(), outdated.locale(), outdated.sourceLocale())
        .ifPresent(draft -> record(draft, false));
  }

  /** Whether anyone may want an event: an enabled webhook, or (for purges) a cache to purge. */
  private boolean listened(boolean purge) {
    return (purge && !config.purgeUrls().isEmpty()) || webhooks.anyEnabled();
  }

  private void record(OutboxDraft draft, boolean purge) {
    List<Webhook> targets =
        webhooks.enabled().stream()
            .filter(w -> w.wants(draft.type(), draft.typeKeys(), draft.locale()))
            .toList();
    List<String> purges =
        purge && !draft.purgeKeys().isEmpty() ? config.purgeUrls() : List.<String>of();
    if (targets.isEmpty() && purges.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String id = OutboxEvent.newId();
    String payload =
        Jsons.createObjectBuilder()
            .add("id", id)
            .add("type", draft.type().wireName())
            .add("timestamp", now.toString())
            .add("data", draft.data())
            .build()
            .toString();
    OutboxEvent event =
        new OutboxEvent(
            id, outbox.nextSeq(), draft.type(), draft.subject(), now, draft.purgeKeys(), payload);
    List<Delivery> deliveries = new ArrayList<>();
    targets.forEach(w -> deliveries.add(Delivery.toWebhook(event, w.id(), now)));
    purges.forEach(url -> deliveries.add(Delivery.toPurge(event, url, now)));
    outbox.store(event, deliveries);
    written.fire(new OutboxWritten(event.seq()));
  }
}
