package no.ordna.cms.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.audit.domain.AuditCursor;
import no.ordna.cms.audit.domain.AuditEvent;
import no.ordna.cms.audit.domain.AuditQuery;
import no.ordna.cms.shared.paging.PageRequest;

/** Appends to and reads the audit trail; it offers no way to change or remove an event. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  public void append(AuditEvent event) {
    em.persist(event);
  }

  /** One page plus one row (newest first, by time and id). */
  public List<AuditEvent> page(AuditQuery query, PageRequest page) {
    StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.itemId() != null) {
      jpql.append(" and e.itemId = :item");
      params.put("item", query.itemId());
    }
    if (query.actor() != null) {
      jpql.append(" and e.actor = :actor");
      params.put("actor", query.actor());
    }
    if (query.action() != null) {
      jpql.append(" and e.action = :action");
      params.put("action", query.action());
    }
    if (query.from() != null) {
      jpql.append(" and e.occurredAt >= :from");
      params.put("from", query.from());
    }
    if (query.to() != null) {
      jpql.append(" and e.occurredAt < :to");
      params.put("to", query.to());
    }
    if (query.contentOnly()) {
      jpql.append(" and e.itemId is not null");
    }
    if (!query.types().isEmpty()) {
      jpql.append(" and e.typeKey in :types");
      params.put("types", query.types());
    }
    if (!query.locales().isEmpty()) {
      jpql.append(" and (e.locale is null or e.locale in :locales)");
      params.put("locales", query.locales());
    }
    if (page.cursor().isPresent()) {
      AuditCursor after = AuditCursor.from(page.cursor().get());
      jpql.append(
          " and (e.occurredAt < :afterAt or (e.occurredAt = :afterAt and e.id < :afterId))");
      params.put("afterAt", after.occurredAt());
      params.put("afterId", after.id());
    }
    jpql.append(" order by e.occurredAt desc, e.id desc");
    TypedQuery<AuditEvent> typed = em.createQuery(jpql.toString(), AuditEvent.class);
    params.forEach(typed::setParameter);
    return typed.setMaxResults(page.fetchSize()).getResultList();
  }
}
