package no.ordna.cms.webhook.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.webhook.domain.Webhook;

/** Webhooks by id. */
@ApplicationScoped
public class WebhookRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  public Optional<Webhook> find(String id) {
    return Optional.ofNullable(em.find(Webhook.class, id));
  }

  /** Every webhook, oldest first. */
  public List<Webhook> all() {
    return em.createQuery("select w from Webhook w order by w.createdAt, w.id", Webhook.class)
        .getResultList();
  }

  /** The enabled webhooks, which new events are matched against. */
  public List<Webhook> enabled() {
    return em.createQuery("select w from Webhook w where w.enabled = true", Webhook.class)
        .getResultList();
  }

  /** Whether any webhook is enabled (a cheap check before an event is built). */
  public boolean anyEnabled() {
    return !em.createQuery("select w.id from Webhook w where w.enabled = true", String.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public void store(Webhook webhook) {
    em.persist(webhook);
  }

  public void delete(Webhook webhook) {
    em.remove(webhook);
  }

  public void flush() {
    em.flush();
  }
}
