package no.ordna.cms.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ordna.cms.webhook.domain.Delivery;
import no.ordna.cms.webhook.domain.DeliveryAttempt;
import no.ordna.cms.webhook.domain.DeliveryState;
import no.ordna.cms.webhook.domain.OutboxEvent;

/**
 * The outbox: events, their deliveries and the log of tries. Claims are made in two steps: the due
 * deliveries that are each one's subject's oldest pending one for their webhook are picked with a
 * plain read, then locked with {@code FOR UPDATE SKIP LOCKED} (re-checking that they are still due,
 * against the newest committed row), so dispatchers on several instances never take the same one
 * and never wait for each other.
 */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /** The next event number, under the counter's row lock (held until the transaction ends). */
  public long nextSeq() {
    em.createNativeQuery("UPDATE cms_counter SET value = value + 1 WHERE name = 'webhook-outbox'")
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT value FROM cms_counter WHERE name = 'webhook-outbox'")
                .getSingleResult())
        .longValue();
  }

  public void store(OutboxEvent event, Collection<Delivery> deliveries) {
    em.persist(event);
    em.flush();
    deliveries.forEach(em::persist);
  }

  /**
   * Ids of due deliveries that may go now (each the oldest pending of its subject), oldest first.
   */
  public List<String> candidates(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT d.id FROM webhook_delivery d LEFT JOIN webhook w ON w.id = d.webhook_id"
                    + " WHERE d.state = 'pending' AND d.next_attempt_at <= ?"
                    + " AND (d.webhook_id IS NULL OR w.enabled = TRUE)"
                    + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e"
                    + " WHERE e.webhook_id = d.webhook_id AND e.subject = d.subject"
                    + " AND e.state = 'pending' AND e.seq < d.seq)"
                    + " ORDER BY d.seq LIMIT ?")
            .setParameter(1, utc(now))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(Object::toString).toList();
  }

  /**
   * Locks those of {@code ids} no one else holds that are still due, and leases them to {@code
   * claim} until {@code leaseEnd}; returns the ids taken.
   */
  public List<String> lockAndLease(
      List<String> ids, Instant now, String claim, Instant leaseEnd, boolean skipLocked) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String placeholders = ids.stream().map(i -> "?").collect(Collectors.joining(","));
    var select =
        em.createNativeQuery(
            "SELECT id FROM webhook_delivery WHERE id IN ("
                + placeholders
                + ") AND state = 'pending' AND next_attempt_at <= ?"
                + (skipLocked ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE"));
    for (int i = 0; i < ids.size(); i++) {
      select.setParameter(i + 1, ids.get(i));
    }
    select.setParameter(ids.size() + 1, utc(now));
    @SuppressWarnings("unchecked")
    List<String> taken =
        ((List<Object>) select.getResultList()).stream().map(Object::toString).toList();
    if (taken.isEmpty()) {
      return taken;
    }
    var update =
        em.createNativeQuery(
            "UPDATE webhook_delivery SET next_attempt_at = ?, claim = ? WHERE id IN ("
                + taken.stream().map(i -> "?").collect(Collectors.joining(","))
                + ")");
    update.setParameter(1, utc(leaseEnd));
    update.setParameter(2, claim);
    for (int i = 0; i < taken.size(); i++) {
      update.setParameter(i + 3, taken.get(i));
    }
    update.executeUpdate();
    return taken;
  }

  public List<Delivery> deliveries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select d from Delivery d where d.id in :ids", Delivery.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<Delivery> delivery(String id) {
    return Optional.ofNullable(em.find(Delivery.class, id));
  }

  public List<OutboxEvent> events(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select e from OutboxEvent e where e.id in :ids", OutboxEvent.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<OutboxEvent> event(String id) {
    return Optional.ofNullable(em.find(OutboxEvent.class, id));
  }

  /**
   * Records the end of a try of a delivery still held by {@code claim}: its new state, tries, next
   * try and last result. Returns false when the claim was lost (its lease ran out and another
   * dispatcher took it over): then nothing changes.
   */
  public boolean finish(
      String deliveryId,
      String claim,
      DeliveryState state,
      int attempts,
      Instant nextAttemptAt,
      Integer status,
      String error,
      Instant finishedAt) {
    return em.createNativeQuery(
                "UPDATE webhook_delivery SET state = ?, attempts = ?, next_attempt_at = ?,"
                    + " claim = NULL, last_status = ?, last_error = ?, finished_at = ?"
                    + " WHERE id = ? AND claim = ?")
            .setParameter(1, state.wireName())
            .setParameter(2, attempts)
            .setParameter(3, utc(nextAttemptAt))
            .setParameter(4, status)
            .setParameter(
                5, error == null || error.length() <= 500 ? error : error.substring(0, 500))
            .setParameter(6, finishedAt == null ? null : utc(finishedAt))
            .setParameter(7, deliveryId)
            .setParameter(8, claim)
            .executeUpdate()
        == 1;
  }

  public void log(DeliveryAttempt attempt) {
    em.persist(attempt);
  }

  /** A webhook's deliveries, newest first, before event number {@code beforeSeq}. */
  public List<Delivery> ofWebhook(
      String webhookId, DeliveryState state, long beforeSeq, int limit) {
    String jpql =
        "select d from Delivery d where d.webhookId = :webhook and d.seq < :before"
            + (state == null ? "" : " and d.state = :state")
            + " order by d.seq desc";
    var query =
        em.createQuery(jpql, Delivery.class)
            .setParameter("webhook", webhookId)
            .setParameter("before", beforeSeq)
            .setMaxResults(limit);
    if (state != null) {
      query.setParameter("state", state.wireName());
    }
    return query.getResultList();
  }

  /** The tries of some deliveries, in order. */
  public List<DeliveryAttempt> attempts(Collection<String> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from DeliveryAttempt a where a.deliveryId in :ids"
                + " order by a.deliveryId, a.attempt, a.startedAt",
            DeliveryAttempt.class)
        .setParameter("ids", deliveryIds)
        .getResultList();
  }

  /** A webhook's dead deliveries since a time (all when null). */
  public List<Delivery> dead(String webhookId, Instant since) {
    return em.createQuery(
            "select d from Delivery d where d.webhookId = :webhook and d.state = 'dead'"
                + " and d.createdAt >= :since order by d.seq",
            Delivery.class)
        .setParameter("webhook", webhookId)
        .setParameter("since", since == null ? Instant.EPOCH : since)
        .getResultList();
  }

  /** Deletes events older than {@code before} none of whose deliveries is pending. */
  public int deleteFinishedBefore(Instant before) {
    return em.createNativeQuery(
            "DELETE FROM webhook_event WHERE occurred_at < ? AND NOT EXISTS"
                + " (SELECT 1 FROM webhook_delivery d WHERE d.event_id = webhook_event.id"
                + " AND d.state = 'pending')")
        .setParameter(1, utc(before))
        .executeUpdate();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
