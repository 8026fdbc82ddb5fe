package no.ordna.cms.asset.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.AssetCursor;
import no.ordna.cms.shared.paging.PageRequest;

/** Assets by id, by content hash, and as a filtered list, newest first. */
@ApplicationScoped
public class AssetRepository {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  public Optional<Asset> find(String id) {
    return Optional.ofNullable(em.find(Asset.class, id));
  }

  public List<Asset> findAll(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Asset a where a.id in :ids", Asset.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  public void store(Asset asset) {
    em.persist(asset);
  }

  public void delete(Asset asset) {
    em.remove(asset);
  }

  public void flush() {
    em.flush();
  }

  /** How many assets hold the bytes with this hash. */
  public long countWithHash(String hash) {
    return em.createQuery("select count(a) from Asset a where a.contentHash = :hash", Long.class)
        .setParameter("hash", hash)
        .getSingleResult();
  }

  /** Those of the given content hashes that some committed asset holds. */
  public Set<String> hashesHeld(Set<String> hashes) {
    if (hashes.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select distinct a.contentHash from Asset a where a.contentHash in :hashes",
                String.class)
            .setParameter("hashes", List.copyOf(hashes))
            .getResultList());
  }

  /**
   * One page plus one row of assets, newest first (then by id): of a media type prefix ({@code
   * image/}, {@code application/pdf}) and whose file name or texts contain {@code text}, when
   * given.
   */
  public List<Asset> list(String mediaTypePrefix, String text, PageRequest page) {
    StringBuilder jpql = new StringBuilder("select a from Asset a where 1 = 1");
    if (mediaTypePrefix != null) {
      jpql.append(" and a.mediaType like :type");
    }
    if (text != null) {
      jpql.append(" and (lower(a.fileName) like :text or lower(a.texts) like :text)");
    }
    AssetCursor after = page.cursor().map(AssetCursor::from).orElse(null);
    if (after != null) {
      jpql.append(" and (a.createdAt < :afterAt or (a.createdAt = :afterAt and a.id > :afterId))");
    }
    jpql.append(" order by a.createdAt desc, a.id");
    TypedQuery<Asset> query = em.createQuery(jpql.toString(), Asset.class);
    if (after != null) {
      query.setParameter("afterAt", after.createdAt()).setParameter("afterId", after.id());
    }
    if (mediaTypePrefix != null) {
      query.setParameter("type", mediaTypePrefix + "%");
    }
    if (text != null) {
      String escaped = text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
      query.setParameter("text", "%" + escaped + "%");
    }
    return query.setMaxResults(page.fetchSize()).getResultList();
  }
}
