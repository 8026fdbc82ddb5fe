package no.ordna.cms.webhook.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLSyntaxErrorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.ordna.cms.platform.outbound.OutboundResponse;
import no.ordna.cms.webhook.domain.Delivery;
import no.ordna.cms.webhook.domain.DeliveryAttempt;
import no.ordna.cms.webhook.domain.DeliveryState;
import no.ordna.cms.webhook.domain.OutboxEvent;
import no.ordna.cms.webhook.domain.RetrySchedule;
import no.ordna.cms.webhook.domain.Webhook;
import no.ordna.cms.webhook.persistence.OutboxRepository;
import no.ordna.cms.webhook.persistence.WebhookRepository;

/**
 * The dispatcher's transactions: claiming due deliveries (each claim its own short transaction,
 * committed before anything is sent) and recording how a try went (the next state, the next try
 * with back-off, and the delivery log).
 */
@ApplicationScoped
public class DeliveryClaims {

  private static final Logger LOG = Logger.getLogger(DeliveryClaims.class.getName());

  @Inject OutboxRepository outbox;
  @Inject WebhookRepository webhooks;
  @Inject WebhookConfig config;
  @Inject Clock clock;

  /** MariaDB before 10.6 has no SKIP LOCKED: then rows are locked (and waited for) plainly. */
  private volatile boolean skipLocked = true;

  /** Claims up to {@code limit} due deliveries for one try each, leased for {@code lease}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ClaimedDelivery> claim(int limit, Duration lease) {
    Instant now = clock.instant();
    List<String> candidates = outbox.candidates(now, limit);
    if (candidates.isEmpty()) {
      return List.of();
    }
    String claim = UUID.randomUUID().toString();
    List<String> taken;
    try {
      taken = outbox.lockAndLease(candidates, now, claim, now.plus(lease), skipLocked);
    } catch (RuntimeException e) {
      if (skipLocked && causedBySyntax(e)) {
        skipLocked = false;
        LOG.warning(
            "The database does not know SELECT ... FOR UPDATE SKIP LOCKED (MariaDB 10.6+ does);"
                + " webhook deliveries are claimed with plain row locks from now on");
      }
      throw e;
    }
    List<Delivery> deliveries = outbox.deliveries(taken);
    Map<String, OutboxEvent> events =
        outbox.events(deliveries.stream().map(Delivery::eventId).distinct().toList()).stream()
            .collect(Collectors.toMap(OutboxEvent::id, Function.identity()));
    List<ClaimedDelivery> claimed = new ArrayList<>();
    for (Delivery d :
        deliveries.stream().sorted(Comparator.comparingLong(Delivery::seq)).toList()) {
      OutboxEvent event = events.get(d.eventId());
      String url = d.purgeUrl();
      String secret = null;
      if (d.webhookId() != null) {
        Webhook webhook = webhooks.find(d.webhookId()).orElse(null);
        if (webhook == null) {
          continue;
        }
        url = webhook.url();
        secret = webhook.secret();
      }
      claimed.add(
          new ClaimedDelivery(
              d.id(),
              claim,
              d.attempts() + 1,
              event.id(),
              event.type().wireName(),
              event.payload(),
              event.purgeKeys(),
              url,
              secret));
    }
    return claimed;
  }

  private static boolean causedBySyntax(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLSyntaxErrorException
          || String.valueOf(cause.getMessage()).contains("SKIP LOCKED")) {
        return true;
      }
    }
    return false;
  }

  /** Records a try: delivered on 2xx, dead when the tries are used up, else due again later. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DeliveryState finish(ClaimedDelivery delivery, OutboundResponse response, Instant start) {
    Instant now = clock.instant();
    RetrySchedule schedule = config.retrySchedule();
    DeliveryState state;
    Instant next = now;
    Instant finished = null;
    if (response.success()) {
      state = DeliveryState.DELIVERED;
      finished = now;
    } else if (schedule.exhausted(delivery.attempt())) {
      state = DeliveryState.DEAD;
      finished = now;
    } else {
      state = DeliveryState.PENDING;
      next = now.plus(schedule.delayAfter(delivery.attempt(), ThreadLocalRandom.current()));
    }
    Integer status = response.status() == 0 ? null : response.status();
    String error =
        response.error() != null
            ? response.error()
            : response.success() ? null : "answered " + response.status();
    boolean held =
        outbox.finish(
            delivery.deliveryId(),
            delivery.claim(),
            state,
            delivery.attempt(),
            next,
            status,
            error,
            finished);
    if (held || outbox.delivery(delivery.deliveryId()).isPresent()) {
      outbox.log(
          new DeliveryAttempt(
              delivery.deliveryId(),
              delivery.attempt(),
              start,
              response.durationMillis(),
              status,
              response.success(),
              error,
              response.excerpt()));
    }
    if (held && state == DeliveryState.DEAD) {
      LOG.warning(
          "Gave up delivering "
              + delivery.eventType()
              + " "
              + delivery.eventId()
              + " to "
              + delivery.url()
              + " after "
              + delivery.attempt()
              + " tries ("
              + error
              + "); it can be replayed");
    }
    return held ? state : null;
  }

  /** Deletes finished deliveries (and their events and log) older than the retention period. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int cleanUp() {
    return outbox.deleteFinishedBefore(clock.instant().minus(config.logRetention()));
  }
}
