package no.ordna.cms.publishing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.publishing.domain.PublicationLogEntry;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.domain.SnapshotContent;
import no.ordna.cms.publishing.domain.SnapshotSummary;

/** Snapshots by channel, item and locale; the publication log and its counter. */
@ApplicationScoped
public class SnapshotRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /**
   * Replaces the channel's snapshot of a variant. A variant that has one keeps its row, rewritten
   * in place with new index, reference and asset rows: deleting it and inserting a new one with the
   * same unique keys (channel and variant; channel, item and locale) made the insert's duplicate
   * check on MariaDB take shared next-key locks on the deleted entry and on its neighbour in the
   * unique index, which may be the deleted entry of another item's snapshot being replaced at the
   * same moment; the two inserts then deadlocked, and a save or publish of one item failed because
   * of another. An update that leaves the unique columns alone takes no gap locks.
   */
  public Snapshot replace(Channel channel, SnapshotContent content) {
    Optional<Snapshot> existing = find(channel, content.variantId());
    Snapshot snapshot;
    if (existing.isPresent()) {
      snapshot = existing.get();
      snapshot.rewrite(content);
    } else {
      snapshot = new Snapshot(channel, content);
      em.persist(snapshot);
    }
    em.flush();
    return snapshot;
  }

  private Optional<Snapshot> find(Channel channel, String variantId) {
    return em.createQuery(
            "select s from Snapshot s where s.channel = :channel and s.variantId = :variant",
            Snapshot.class)
        .setParameter("channel", channel)
        .setParameter("variant", variantId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Deletes the variant's snapshot in the channel, if it has one. The row is looked up with a plain
   * (non-locking) read and deleted by primary key: a delete by the unique (channel, variant) key
   * that finds nothing would lock the index gap on MariaDB, and two first publications landing in
   * the same gap would then deadlock on their inserts.
   */
  public void delete(Channel channel, String variantId) {
    List<String> ids =
        em.createQuery(
                "select s.id from Snapshot s where s.channel = :channel and s.variantId = :variant",
                String.class)
            .setParameter("channel", channel)
            .setParameter("variant", variantId)
            .getResultList();
    if (!ids.isEmpty()) {
      em.createQuery("delete from Snapshot s where s.id in :ids")
          .setParameter("ids", ids)
          .executeUpdate();
    }
  }

  public Optional<Snapshot> find(Channel channel, String itemId, String locale) {
    return em.createQuery(
            "select s from Snapshot s where s.channel = :channel and s.itemId = :item"
                + " and s.locale = :locale",
            Snapshot.class)
        .setParameter("channel", channel)
        .setParameter("item", itemId)
        .setParameter("locale", locale)
        .getResultStream()
        .findFirst();
  }

  /** Every snapshot in the channel of the given items (any locale). */
  public List<Snapshot> ofItems(Channel channel, Collection<String> itemIds) {
    if (itemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from Snapshot s where s.channel = :channel and s.itemId in :items",
            Snapshot.class)
        .setParameter("channel", channel)
        .setParameter("items", List.copyOf(itemIds))
        .getResultList();
  }

  /** Snapshots of a type in the channel whose slug is {@code slug}, in any locale. */
  public List<Snapshot> bySlug(Channel channel, String typeKey, String slug) {
    return em.createQuery(
            "select s from Snapshot s where s.channel = :channel and s.typeKey = :type"
                + " and s.slug = :slug",
            Snapshot.class)
        .setParameter("channel", channel)
        .setParameter("type", typeKey)
        .setParameter("slug", slug)
        .getResultList();
  }

  /**
   * The summaries of every snapshot in the channel of the given types, grouped by item (ordered by
   * type, item and locale); documents are not loaded.
   */
  public List<SnapshotSummary> summaries(Channel channel, Collection<String> typeKeys) {
    if (typeKeys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s.itemId, s.typeKey, s.locale, s.slug, s.publishedAt from Snapshot s"
                + " where s.channel = :channel and s.typeKey in :types"
                + " order by s.typeKey, s.itemId, s.locale",
            Object[].class)
        .setParameter("channel", channel)
        .setParameter("types", List.copyOf(typeKeys))
        .getResultStream()
        .map(
            row ->
                new SnapshotSummary(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    instant(row[4])))
        .toList();
  }

  /**
   * A projected time column: EclipseLink applies the attribute converter, JDBC types are a guard.
   */
  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }

  /** Published snapshots of other items that refer to {@code itemId}. */
  public List<Snapshot> publishedReferencesTo(String itemId) {
    return em.createQuery(
            "select distinct s from Snapshot s join s.references r where s.channel = :channel"
                + " and r.targetItemId = :item and s.itemId <> :item",
            Snapshot.class)
        .setParameter("channel", Channel.PUBLISHED)
        .setParameter("item", itemId)
        .getResultList();
  }

  /** Snapshots in the channel that use the asset. */
  public List<Snapshot> usingAsset(Channel channel, String assetId) {
    return em.createQuery(
            "select distinct s from Snapshot s join s.assets a where s.channel = :channel"
                + " and a.assetId = :asset",
            Snapshot.class)
        .setParameter("channel", channel)
        .setParameter("asset", assetId)
        .getResultList();
  }

  /** Whether a snapshot in the channel uses the asset. */
  public boolean usesAsset(Channel channel, String assetId) {
    return !em.createQuery(
            "select a.id from SnapshotAsset a where a.snapshot.channel = :channel"
                + " and a.assetId = :asset",
            String.class)
        .setParameter("channel", channel)
        .setParameter("asset", assetId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The content types of the snapshots (any channel) that use the asset. */
  public List<String> typesUsingAsset(String assetId) {
    return em.createQuery(
            "select distinct a.snapshot.typeKey from SnapshotAsset a where a.assetId = :asset",
            String.class)
        .setParameter("asset", assetId)
        .getResultList();
  }

  /** Appends to the publication log under the counter's row lock; returns the entry's number. */
  public long log(PublicationChange change, Instant now) {
    em.createNativeQuery("UPDATE cms_counter SET value = value + 1 WHERE name = 'publication'")
        .executeUpdate();
    long seq = lastLogged();
    em.persist(new PublicationLogEntry(seq, change, now));
    return seq;
  }

  /** Log entries after {@code seq}, in order, at most {@code limit}. */
  public List<PublicationLogEntry> logAfter(long seq, int limit) {
    return em.createQuery(
            "select e from PublicationLogEntry e where e.seq > :seq order by e.seq",
            PublicationLogEntry.class)
        .setParameter("seq", seq)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The number of the newest log entry (0 before the first). */
  public long lastLogged() {
    Number seq =
        (Number)
            em.createNativeQuery("SELECT value FROM cms_counter WHERE name = 'publication'")
                .getSingleResult();
    return seq.longValue();
  }
}
