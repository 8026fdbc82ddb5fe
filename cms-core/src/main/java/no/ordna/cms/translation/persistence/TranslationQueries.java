package no.ordna.cms.translation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.shared.paging.PageRequest;
import no.ordna.cms.translation.domain.QueueCursor;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;

/** The translation queue's query: items whose original is another locale, by translation state. */
@ApplicationScoped
public class TranslationQueries {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /**
   * One page plus one row of the queue, of items of the types in {@code types} only (empty: all).
   * Ordered by the source's first publication (never published last) or by the item's last change,
   * then by id; the page after a cursor is found by those values (see {@link QueueCursor}).
   */
  public List<ContentItem> page(
      TranslationQuery query, PageRequest page, java.util.Set<String> types) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql =
        where("select i from ContentItem i", query.locale(), query.type(), query.status(), params);
    if (!types.isEmpty()) {
      jpql.append(" and i.typeKey in :readableTypes");
      params.put("readableTypes", types);
    }
    if (page.cursor().isPresent()) {
      QueueCursor after = QueueCursor.from(page.cursor().get(), query.sort());
      jpql.append(" and ").append(after.condition());
      if (after.at() != null) {
        params.put("afterAt", after.at());
      }
      params.put("afterId", after.id());
    }
    jpql.append(
        switch (query.sort()) {
          case "sourcePublishDate" ->
              " order by case when s.firstPublishedAt is null then 1 else 0 end, s.firstPublishedAt asc, i.id";
          case "-updatedAt" -> " order by i.updatedAt desc, i.id";
          default ->
              " order by case when s.firstPublishedAt is null then 1 else 0 end, s.firstPublishedAt desc, i.id";
        });
    TypedQuery<ContentItem> typed = em.createQuery(jpql.toString(), ContentItem.class);
    params.forEach(typed::setParameter);
    return typed
        .setMaxResults(page.fetchSize())
        .setHint("eclipselink.batch", "i.variants")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  /** How many items of the queue of a locale (optionally of one type) have a status. */
  public long count(String locale, String type, TranslationStatus status) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder jpql = where("select count(i) from ContentItem i", locale, type, status, params);
    TypedQuery<Long> typed = em.createQuery(jpql.toString(), Long.class);
    params.forEach(typed::setParameter);
    return typed.getSingleResult();
  }

  /** The queue's conditions: items whose original is another locale, by type and status. */
  private static StringBuilder where(
      String select,
      String locale,
      String type,
      TranslationStatus status,
      Map<String, Object> params) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(
                " join i.variants s where s.locale = i.originalLocale"
                    + " and i.originalLocale <> :locale and i.deletedAt is null");
    params.put("locale", locale);
    String target = "select t.id from ContentVariant t where t.item = i and t.locale = :locale";
    if (type != null) {
      jpql.append(" and i.typeKey = :type");
      params.put("type", type);
    }
    if (status != null) {
      switch (status) {
        case MISSING -> jpql.append(" and not exists (").append(target).append(")");
        case OUTDATED ->
            jpql.append(" and exists (")
                .append(target)
                .append(" and t.translationOutdated = true)");
        case IN_PROGRESS -> {
          jpql.append(" and exists (")
              .append(target)
              .append(" and t.translationOutdated = false and t.status <> :published)");
          params.put("published", VariantStatus.PUBLISHED);
        }
        case DONE -> {
          jpql.append(" and exists (")
              .append(target)
              .append(" and t.translationOutdated = false and t.status = :published)");
          params.put("published", VariantStatus.PUBLISHED);
        }
      }
    }
    return jpql;
  }

  /**
   * Items with a {@code target} variant translated from their {@code source} variant, by id; the
   * variants are fetched in one batch.
   */
  public List<ContentItem> translated(String source, String target, String type, int limit) {
    String jpql =
        "select i from ContentItem i join i.variants t where t.locale = :target"
            + " and t.sourceLocale = :source and i.deletedAt is null"
            + (type == null ? "" : " and i.typeKey = :type")
            + " order by i.id";
    TypedQuery<ContentItem> query =
        em.createQuery(jpql, ContentItem.class)
            .setParameter("target", target)
            .setParameter("source", source);
    if (type != null) {
      query.setParameter("type", type);
    }
    return query
        .setMaxResults(limit)
        .setHint("eclipselink.batch", "i.variants")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }
}
