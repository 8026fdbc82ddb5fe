package no.ordna.cms.content.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentRevision;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemCursor;
import no.ordna.cms.content.domain.ItemQuery;
import no.ordna.cms.content.domain.TitleCursor;
import no.ordna.cms.content.domain.TranslationFilter;
import no.ordna.cms.content.domain.TrashCursor;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.PageRequest;

/** Content items with their variants, and revisions. Queries bind parameters, never text. */
@ApplicationScoped
public class ContentRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /** An item that is not in the trash. */
  public Optional<ContentItem> find(String id) {
    return findAny(id).filter(item -> !item.isTrashed());
  }

  /**
   * An item (not in the trash), its row locked until the transaction ends: writers of one item take
   * turns, so each sees what the one before it committed (its ETag check then answers 412 rather
   * than both passing it).
   */
  public Optional<ContentItem> findForUpdate(String id) {
    ContentItem item =
        em.find(
            ContentItem.class,
            id,
            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE,
            Map.of("eclipselink.refresh", "true"));
    return Optional.ofNullable(item).filter(found -> !found.isTrashed());
  }

  /** An item, in the trash or not. */
  public Optional<ContentItem> findAny(String id) {
    return Optional.ofNullable(em.find(ContentItem.class, id));
  }

  /**
   * One page plus one row of the trash, most recently deleted first (then by id), of the given
   * types only (all types when {@code types} is empty).
   */
  public List<ContentItem> trash(java.util.Set<String> types, PageRequest page) {
    StringBuilder jpql =
        new StringBuilder("select i from ContentItem i where i.deletedAt is not null");
    if (!types.isEmpty()) {
      jpql.append(" and i.typeKey in :types");
    }
    TrashCursor after = page.cursor().map(TrashCursor::from).orElse(null);
    if (after != null) {
      jpql.append(" and (i.deletedAt < :afterAt or (i.deletedAt = :afterAt and i.id > :afterId))");
    }
    jpql.append(" order by i.deletedAt desc, i.id");
    var query = em.createQuery(jpql.toString(), ContentItem.class);
    if (!types.isEmpty()) {
      query.setParameter("types", types);
    }
    if (after != null) {
      query.setParameter("afterAt", after.deletedAt()).setParameter("afterId", after.id());
    }
    return query
        .setMaxResults(page.fetchSize())
        .setHint("eclipselink.batch", "i.variants")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  /** Items in the trash since before {@code cutoff}. */
  public List<String> trashedBefore(Instant cutoff, int limit) {
    return em.createQuery(
            "select i.id from ContentItem i where i.deletedAt < :cutoff", String.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  public void store(ContentItem item) {
    em.persist(item);
  }

  public void store(ContentRevision revision) {
    em.persist(revision);
  }

  public void delete(ContentItem item) {
    em.createQuery("delete from ContentRevision r where r.itemId = :id")
        .setParameter("id", item.id())
        .executeUpdate();
    em.remove(item);
  }

  public void flush() {
    em.flush();
  }

  /** Whether another item of the type holds the slug in the locale. */
  public boolean slugTaken(String typeKey, String locale, String slug, String exceptItemId) {
    return !em.createQuery(
            "select v.id from ContentVariant v where v.typeKey = :type and v.locale = :locale"
                + " and v.slug = :slug and v.item.id <> :item",
            String.class)
        .setParameter("type", typeKey)
        .setParameter("locale", locale)
        .setParameter("slug", slug)
        .setParameter("item", exceptItemId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The type of each given item id that exists. */
  public Map<String, String> typesOf(Set<String> ids) {
    Map<String, String> types = new HashMap<>();
    if (ids.isEmpty()) {
      return types;
    }
    em.createQuery(
            "select i.id, i.typeKey from ContentItem i where i.id in :ids and i.deletedAt is null",
            Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .forEach(row -> types.put((String) row[0], (String) row[1]));
    return types;
  }

  /** How many content items there are, of any type. */
  public long count() {
    return em.createQuery("select count(i) from ContentItem i", Long.class).getSingleResult();
  }

  /** Variants with more than {@code keep} revisions. */
  public List<String> variantsWithMoreRevisionsThan(int keep) {
    return em.createQuery(
            "select r.variantId from ContentRevision r group by r.variantId having count(r) > :keep",
            String.class)
        .setParameter("keep", (long) keep)
        .getResultList();
  }

  public Optional<ContentVariant> findVariant(String variantId) {
    return Optional.ofNullable(em.find(ContentVariant.class, variantId));
  }

  /** Deletes a variant's revisions numbered below {@code below}, except the protected ones. */
  public int pruneRevisions(String variantId, int below, java.util.Collection<Integer> keep) {
    return em.createQuery(
            "delete from ContentRevision r where r.variantId = :variant and r.number < :below"
                + " and r.number not in :keep")
        .setParameter("variant", variantId)
        .setParameter("below", below)
        .setParameter("keep", keep.isEmpty() ? List.of(-1) : List.copyOf(keep))
        .executeUpdate();
  }

  /** A scheduled publish or unpublish that is due. */
  public record DueSchedule(String variantId, String itemId, String locale, Instant at) {}

  /**
   * Variants whose scheduled publish ({@code unpublish=false}) or unpublish is due at {@code now}.
   */
  public List<DueSchedule> dueSchedules(boolean unpublish, Instant now, int limit) {
    String field = unpublish ? "v.scheduledUnpublishAt" : "v.scheduledPublishAt";
    return em
        .createQuery(
            "select v.id, v.item.id, v.locale, "
                + field
                + " from ContentVariant v where "
                + field
                + " <= :now order by "
                + field,
            Object[].class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new DueSchedule((String) r[0], (String) r[1], (String) r[2], (Instant) r[3]))
        .toList();
  }

  /**
   * Claims a due schedule for this instance: clears it only if it is still the one that was found.
   * Exactly one instance's claim succeeds (the row lock orders them); returns whether this one did.
   */
  public boolean claimSchedule(DueSchedule due, boolean unpublish) {
    String field = unpublish ? "v.scheduledUnpublishAt" : "v.scheduledPublishAt";
    return em.createQuery(
                "update ContentVariant v set "
                    + field
                    + " = null where v.id = :id and "
                    + field
                    + " = :at")
            .setParameter("id", due.variantId())
            .setParameter("at", due.at())
            .executeUpdate()
        == 1;
  }

  /** How many variants each locale has. */
  public Map<String, Long> variantsPerLocale() {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery(
            "select v.locale, count(v) from ContentVariant v group by v.locale", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  public long countOfType(String typeKey) {
    return em.createQuery("select count(i) from ContentItem i where i.typeKey = :type", Long.class)
        .setParameter("type", typeKey)
        .getSingleResult();
  }

  public List<ContentItem> allOfType(String typeKey) {
    return em.createQuery(
            "select i from ContentItem i where i.typeKey = :type order by i.id", ContentItem.class)
        .setParameter("type", typeKey)
        .setHint("eclipselink.batch", "i.variants")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  public Optional<ContentRevision> revision(ContentVariant variant, int number) {
    return em.createQuery(
            "select r from ContentRevision r where r.variantId = :variant and r.number = :number",
            ContentRevision.class)
        .setParameter("variant", variant.id())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public List<ContentRevision> revisions(ContentVariant variant) {
    return em.createQuery(
            "select r from ContentRevision r where r.variantId = :variant order by r.number",
            ContentRevision.class)
        .setParameter("variant", variant.id())
        .getResultList();
  }

  /**
   * One page plus one row of the list, of items of the types in {@code types} only (all types when
   * it is empty): newest change first, or by title in the query's locale; then by id.
   */
  public List<ContentItem> list(ItemQuery query, PageRequest page, java.util.Set<String> types) {
    StringBuilder jpql =
        new StringBuilder(
            query.byTitle()
                ? "select i from ContentItem i join i.variants sv where sv.locale = :titleLocale"
                : "select i from ContentItem i where 1 = 1");
    jpql.append(" and i.deletedAt is null");
    Map<String, Object> params = new HashMap<>();
    if (query.byTitle()) {
      params.put("titleLocale", query.titleLocale());
    }
    if (query.type() != null) {
      jpql.append(" and i.typeKey = :type");
      if (query.byTitle()) {
        // the variant's own copy of the type lets the title index (type, locale, title) drive
        jpql.append(" and sv.typeKey = :type");
      }
      params.put("type", query.type());
    }
    if (!types.isEmpty()) {
      jpql.append(" and i.typeKey in :readableTypes");
      params.put("readableTypes", types);
    }
    if (query.translation() != null) {
      // a translation: the item's original is another locale
      jpql.append(" and i.originalLocale <> :locale");
      params.put("locale", query.locale());
    }
    if (query.missingIn()) {
      jpql.append(
          " and not exists (select m.id from ContentVariant m where m.item = i"
              + " and m.locale = :locale)");
    }
    boolean variantConditions =
        query.missingIn()
            ? query.text() != null || query.updatedBy() != null || query.scheduled()
            : query.filtersVariants();
    // Sorted by title, the variant in the title's locale is joined already (sv) and is the one the
    // conditions name: put them on it, not in a correlated subquery, which would turn MariaDB's
    // plan around (item first, then a sort of all of them) and lose the title index's order.
    boolean onTitleVariant =
        query.byTitle()
            && !query.missingIn()
            && (query.locale() == null || query.locale().equals(query.titleLocale()));
    if (variantConditions) {
      String v = onTitleVariant ? "sv" : "v";
      if (!onTitleVariant) {
        jpql.append(" and exists (select v.id from ContentVariant v where v.item = i");
        if (query.locale() != null && !query.missingIn()) {
          jpql.append(" and v.locale = :locale");
          params.put("locale", query.locale());
        }
      }
      if (query.translation() != null && !query.missingIn()) {
        jpql.append(" and ").append(v).append(".translationOutdated = :outdated");
        params.put("outdated", query.translation() == TranslationFilter.OUTDATED);
        if (query.translation() == TranslationFilter.IN_PROGRESS) {
          jpql.append(" and ").append(v).append(".status <> :published");
          params.put("published", VariantStatus.PUBLISHED);
        } else if (query.translation() == TranslationFilter.DONE) {
          jpql.append(" and ").append(v).append(".status = :published");
          params.put("published", VariantStatus.PUBLISHED);
        }
      }
      if (query.status() != null) {
        jpql.append(" and ").append(v).append(".status = :status");
        params.put("status", query.status());
      }
      if (query.text() != null) {
        jpql.append(" and ").append(v).append(".titleFolded like :text escape '\\'");
        params.put("text", "%" + escapeLike(query.text()) + "%");
      }
      if (query.updatedBy() != null) {
        jpql.append(" and ").append(v).append(".updatedBy = :updatedBy");
        params.put("updatedBy", query.updatedBy());
      }
      if (query.scheduled()) {
        jpql.append(" and (")
            .append(v)
            .append(".scheduledPublishAt is not null or ")
            .append(v)
            .append(".scheduledUnpublishAt is not null)");
      }
      if (!onTitleVariant) {
        jpql.append(")");
      }
    }
    if (query.byTitle()) {
      if (page.cursor().isPresent()) {
        TitleCursor after = TitleCursor.from(page.cursor().get(), query.titleLocale());
        jpql.append(
            " and (sv.titleKey > :afterKey or (sv.titleKey = :afterKey and sv.itemId > :afterId))");
        params.put("afterKey", after.titleKey());
        params.put("afterId", after.id());
      }
      // ordered by the variant's columns only, so an index gives the order and the limit stops
      // the scan early (ordering by i.id made MariaDB sort every item of the type)
      jpql.append(" order by sv.titleKey asc, sv.itemId asc");
    } else {
      if (page.cursor().isPresent()) {
        ItemCursor after = ItemCursor.from(page.cursor().get());
        jpql.append(
            " and (i.updatedAt < :afterAt or (i.updatedAt = :afterAt and i.id < :afterId))");
        params.put("afterAt", after.updatedAt());
        params.put("afterId", after.id());
      }
      jpql.append(" order by i.updatedAt desc, i.id desc");
    }
    TypedQuery<ContentItem> typed = em.createQuery(jpql.toString(), ContentItem.class);
    params.forEach(typed::setParameter);
    return typed
        .setMaxResults(page.fetchSize())
        .setHint("eclipselink.batch", "i.variants")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  /** Where {@code item} stands in the list {@code query} asks for. */
  public static Cursor position(ContentItem item, ItemQuery query) {
    return query.byTitle()
        ? new TitleCursor(query.titleLocale(), titleKey(item, query.titleLocale()), item.id())
            .cursor()
        : new ItemCursor(item.updatedAt(), item.id()).cursor();
  }

  private static byte[] titleKey(ContentItem item, String locale) {
    return item.variant(locale).map(ContentVariant::titleKey).orElse(new byte[0]);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
