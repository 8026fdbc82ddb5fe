package no.ordna.cms.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.platform.outbound.OutboundPolicy;
import no.ordna.cms.platform.outbound.OutboundRefusedException;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Keyset;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;
import no.ordna.cms.webhook.domain.Delivery;
import no.ordna.cms.webhook.domain.DeliveryAttempt;
import no.ordna.cms.webhook.domain.DeliveryState;
import no.ordna.cms.webhook.domain.OutboxEvent;
import no.ordna.cms.webhook.domain.Webhook;
import no.ordna.cms.webhook.domain.WebhookSecret;
import no.ordna.cms.webhook.domain.WebhookSettings;
import no.ordna.cms.webhook.persistence.OutboxRepository;
import no.ordna.cms.webhook.persistence.WebhookRepository;

/**
 * Managing webhooks (administrators, and machine tokens with the {@code manage:webhooks} scope):
 * make one (its secret shown once), change, disable, delete it, renew its secret, read its delivery
 * log and replay deliveries.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

  private static final String DELIVERY_LIST = "deliveries";

  @Inject WebhookRepository webhooks;
  @Inject OutboxRepository outbox;
  @Inject OutboundPolicy policy;
  @Inject ContentTypeService types;
  @Inject LocaleService locales;
  @Inject WebhookDispatcher dispatcher;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WebhookView> list(Caller caller) {
    require(caller);
    return webhooks.all().stream().map(WebhookView::of).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public WebhookView get(String id, Caller caller) {
    require(caller);
    return WebhookView.of(find(id));
  }

  public CreatedWebhook create(WebhookSettings settings, Caller caller) {
    require(caller);
    check(settings);
    String secret = WebhookSecret.generate();
    Webhook webhook = new Webhook(settings, secret, caller.username(), clock.instant());
    webhooks.store(webhook);
    webhooks.flush();
    return new CreatedWebhook(WebhookView.of(webhook), secret);
  }

  /** Replaces its settings; {@code expected} must name its current ETag (or be {@code *}). */
  public WebhookView update(
      String id, WebhookSettings settings, ExpectedVersion expected, Caller caller) {
    require(caller);
    Webhook webhook = find(id);
    requireCurrent(webhook, expected);
    check(settings);
    webhook.apply(settings, clock.instant());
    webhooks.flush();
    dispatcher.wake();
    return WebhookView.of(webhook);
  }

  /** Deletes it with its delivery log; {@code expected} must name its current ETag (or be *). */
  public void delete(String id, ExpectedVersion expected, Caller caller) {
    require(caller);
    Webhook webhook = find(id);
    requireCurrent(webhook, expected);
    webhooks.delete(webhook);
  }

  /** A new secret, shown once; the old one signs nothing from now on. */
  public CreatedWebhook renewSecret(String id, Caller caller) {
    require(caller);
    Webhook webhook = find(id);
    String secret = WebhookSecret.generate();
    webhook.renewSecret(secret, clock.instant());
    webhooks.flush();
    return new CreatedWebhook(WebhookView.of(webhook), secret);
  }

  /** The delivery log, newest first (by the order they were made). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<DeliveryView> deliveries(
      String id, DeliveryState state, PageRequest page, Caller caller) {
    require(caller);
    find(id);
    long before =
        page.cursor()
            .map(cursor -> Keyset.read(cursor, DELIVERY_LIST, 1).number(0))
            .orElse(Long.MAX_VALUE);
    Page<Delivery> rows =
        Page.of(
            outbox.ofWebhook(id, state, before, page.fetchSize()),
            page,
            delivery -> Keyset.cursor(DELIVERY_LIST, delivery.seq()));
    return new Page<>(views(rows.items(), false), rows.next());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DeliveryView delivery(String id, String deliveryId, Caller caller) {
    require(caller);
    return views(List.of(findDelivery(id, deliveryId)), true).get(0);
  }

  /**
   * Sends a delivery again (dead or delivered), with a fresh budget of tries; 409 while pending.
   */
  public DeliveryView replay(String id, String deliveryId, Caller caller) {
    require(caller);
    Delivery delivery = findDelivery(id, deliveryId);
    if (delivery.state() == DeliveryState.PENDING) {
      throw new ConflictException(
          "delivery-pending",
          "The delivery is still pending (attempt "
              + (delivery.attempts() + 1)
              + " is due at "
              + delivery.nextAttemptAt()
              + "); it can be replayed once it is delivered or dead");
    }
    delivery.replay(clock.instant());
    webhooks.flush();
    dispatcher.wake();
    return views(List.of(delivery), false).get(0);
  }

  /** Replays every dead delivery of the webhook (made since {@code since}, when given). */
  public int replayDead(String id, Instant since, Caller caller) {
    require(caller);
    find(id);
    List<Delivery> dead = outbox.dead(id, since);
    Instant now = clock.instant();
    dead.forEach(d -> d.replay(now));
    webhooks.flush();
    dispatcher.wake();
    return dead.size();
  }

  private List<DeliveryView> views(List<Delivery> deliveries, boolean withPayload) {
    List<String> ids = deliveries.stream().map(Delivery::id).toList();
    Map<String, List<DeliveryAttempt>> attempts =
        outbox.attempts(ids).stream().collect(Collectors.groupingBy(DeliveryAttempt::deliveryId));
    Map<String, OutboxEvent> events =
        outbox.events(deliveries.stream().map(Delivery::eventId).distinct().toList()).stream()
            .collect(Collectors.toMap(OutboxEvent::id, Function.identity()));
    return deliveries.stream()
        .map(
            d ->
                DeliveryView.of(
                    d,
                    events.get(d.eventId()),
                    attempts.getOrDefault(d.id(), List.of()),
                    withPayload))
        .toList();
  }

  private void check(WebhookSettings settings) {
    Violations violations = new Violations();
    if (settings.url() == null || settings.url().isBlank()) {
      violations.add("url", "is required");
    } else if (settings.url().length() > 2000) {
      violations.add("url", "must be at most 2000 characters");
    } else {
      try {
        policy.checkUrl(settings.url());
      } catch (OutboundRefusedException e) {
        violations.add("url", e.getMessage());
      }
    }
    if (settings.description() != null && settings.description().length() > 500) {
      violations.add("description", "must be at most 500 characters");
    }
    if (settings.events().isEmpty()) {
      violations.add("events", "name at least one event");
    }
    for (String type : settings.contentTypes()) {
      if (TypeKey.parse(type).flatMap(k -> types.definition(TypeKind.CONTENT, k)).isEmpty()) {
        violations.add("contentTypes", "no content type '" + type + "'");
      }
    }
    for (String locale : settings.locales()) {
      if (!locales.settings().isConfigured(locale)) {
        violations.add("locales", "no configured locale '" + locale + "'");
      }
    }
    violations.throwIfAny("Invalid webhook");
  }

  private Webhook find(String id) {
    return webhooks
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("unknown-webhook", "No webhook with id '" + id + "'"));
  }

  private Delivery findDelivery(String id, String deliveryId) {
    find(id);
    return outbox
        .delivery(deliveryId)
        .filter(d -> id.equals(d.webhookId()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "unknown-delivery",
                    "The webhook has no delivery with id '" + deliveryId + "'"));
  }

  private static void requireCurrent(Webhook webhook, ExpectedVersion expected) {
    expected.require("webhook", WebhookView.of(webhook).etag());
  }

  private static void require(Caller caller) {
    if (!caller.mayManageWebhooks()) {
      throw new ForbiddenException(
          "Only administrators and tokens with the manage:webhooks scope manage webhooks");
    }
  }
}
