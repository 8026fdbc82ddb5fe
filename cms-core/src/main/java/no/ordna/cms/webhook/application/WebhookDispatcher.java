package no.ordna.cms.webhook.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.platform.outbound.OutboundHttp;
import no.ordna.cms.platform.outbound.OutboundPolicy;
import no.ordna.cms.platform.outbound.OutboundRefusedException;
import no.ordna.cms.platform.outbound.OutboundRequest;
import no.ordna.cms.platform.outbound.OutboundResponse;
import no.ordna.cms.webhook.domain.WebhookSecret;

/**
 * Sends what the outbox holds. Woken after every commit that wrote events (so a publish is sent at
 * once) and every second (for retries, and events written on other instances), it claims due
 * deliveries as long as it has free senders, sends each on its own thread with the outbound rules
 * ({@link OutboundHttp}), and records the outcome. A claim is a lease: a delivery whose dispatcher
 * died mid-send is taken over when the lease ends, so an event is delivered at least once and, but
 * for such a crash in the middle of a send, exactly once; receivers deduplicate by {@code
 * webhook-id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  /** Deliveries sent at the same time by one instance. */
  static final int SENDERS = 16;

  @Inject DeliveryClaims claims;
  @Inject OutboundHttp http;
  @Inject OutboundPolicy policy;
  @Inject Clock clock;

  @Resource ManagedThreadFactory threads;

  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicLong lastFailureLog = new AtomicLong();
  private final Semaphore free = new Semaphore(SENDERS);
  private ExecutorService loop;
  private ExecutorService senders;

  private synchronized void open() {
    if (loop == null) {
      loop = Executors.newSingleThreadExecutor(threads);
      senders = Executors.newFixedThreadPool(SENDERS, threads);
    }
  }

  @PreDestroy
  synchronized void close() {
    if (loop != null) {
      loop.shutdownNow();
      senders.shutdownNow();
    }
  }

  void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    wake();
  }

  /** Makes the dispatcher look for due deliveries now (at most one pass runs at a time). */
  public void wake() {
    again.set(true);
    if (scheduled.compareAndSet(false, true)) {
      try {
        open();
        loop.execute(this::drain);
      } catch (RejectedExecutionException e) {
        scheduled.set(false);
      }
    }
  }

  private void drain() {
    try {
      while (again.getAndSet(false)) {
        int wanted;
        int got;
        do {
          wanted = free.availablePermits();
          got = wanted == 0 ? 0 : claimAndSend(wanted);
        } while (got > 0 && got == wanted);
      }
    } catch (RuntimeException e) {
      long now = System.currentTimeMillis();
      if (now - lastFailureLog.get() > 60_000) {
        lastFailureLog.set(now);
        LOG.log(Level.WARNING, "Could not dispatch webhook deliveries: " + e.getMessage(), e);
      }
    } finally {
      scheduled.set(false);
    }
  }

  private int claimAndSend(int wanted) {
    List<ClaimedDelivery> batch = claims.claim(wanted, lease());
    for (ClaimedDelivery delivery : batch) {
      free.acquireUninterruptibly();
      try {
        senders.execute(() -> deliver(delivery));
      } catch (RejectedExecutionException e) {
        free.release();
      }
    }
    return batch.size();
  }

  /** Long enough for a send with its full timeout, so a live dispatcher never loses its claim. */
  private Duration lease() {
    return http.timeout().multipliedBy(2).plusSeconds(5);
  }

  private void deliver(ClaimedDelivery delivery) {
    Instant start = clock.instant();
    try {
      OutboundResponse response = send(delivery, start);
      claims.finish(delivery, response, start);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a webhook delivery: " + e.getMessage(), e);
    } finally {
      free.release();
      wake();
    }
  }

  private OutboundResponse send(ClaimedDelivery delivery, Instant start) {
    OutboundRequest request;
    try {
      request = request(delivery, start);
    } catch (OutboundRefusedException e) {
      return new OutboundResponse(0, 0, null, e.getMessage());
    }
    return http.send(request);
  }

  private OutboundRequest request(ClaimedDelivery delivery, Instant start) {
    var uri = policy.checkUrl(delivery.url());
    Map<String, String> headers = new LinkedHashMap<>();
    if (delivery.purge()) {
      headers.put("xkey-purge", String.join(" ", delivery.purgeKeys()));
      return new OutboundRequest("PURGE", uri, headers, null, null);
    }
    byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
    long timestamp = start.getEpochSecond();
    headers.put("webhook-id", delivery.eventId());
    headers.put("webhook-timestamp", Long.toString(timestamp));
    headers.put(
        "webhook-signature",
        WebhookSecret.sign(delivery.secret(), delivery.eventId(), timestamp, body));
    return new OutboundRequest("POST", uri, headers, body, "application/json; charset=UTF-8");
  }
}
