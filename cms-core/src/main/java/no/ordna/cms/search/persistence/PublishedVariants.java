package no.ordna.cms.search.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.search.domain.PublishedVariant;

/**
 * Reads published snapshots for the index: only the columns it needs, item by item (every locale of
 * an item together). Meant to be called outside a transaction, so each read sees the latest
 * committed state.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedVariants {

  private static final String SELECT =
      "select s.itemId, s.typeKey, s.locale, s.slug, s.title, s.document from Snapshot s"
          + " where s.channel = :channel";

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /** Every published locale of one item (none when nothing of it is published). */
  public List<PublishedVariant> ofItem(String itemId) {
    return rows(query(" and s.itemId = :item").setParameter("item", itemId));
  }

  /**
   * Published variants of the items after {@code afterItemId} ("" to start), in item order, about
   * {@code limit} rows, whole items only; empty after the last.
   */
  public List<PublishedVariant> page(String afterItemId, int limit) {
    return wholeItems(
        rows(
            query(" and s.itemId > :after order by s.itemId, s.locale")
                .setParameter("after", afterItemId)
                .setMaxResults(limit)),
        limit);
  }

  /** Like {@link #page}, for the items of one content type. */
  public List<PublishedVariant> pageOfType(String typeKey, String afterItemId, int limit) {
    return wholeItems(
        rows(
            query(" and s.typeKey = :type and s.itemId > :after order by s.itemId, s.locale")
                .setParameter("type", typeKey)
                .setParameter("after", afterItemId)
                .setMaxResults(limit)),
        limit);
  }

  private TypedQuery<Object[]> query(String condition) {
    return em.createQuery(SELECT + condition, Object[].class)
        .setParameter("channel", Channel.PUBLISHED);
  }

  /** Drops the last item of a full page: some of its locales may be on the next one. */
  private List<PublishedVariant> wholeItems(List<PublishedVariant> rows, int limit) {
    if (rows.size() < limit) {
      return rows;
    }
    String last = rows.get(rows.size() - 1).itemId();
    List<PublishedVariant> whole = rows.stream().filter(r -> !r.itemId().equals(last)).toList();
    return whole.isEmpty() ? ofItem(last) : whole;
  }

  private static List<PublishedVariant> rows(TypedQuery<Object[]> query) {
    return query.getResultList().stream()
        .map(
            r ->
                new PublishedVariant(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]))
        .toList();
  }
}
