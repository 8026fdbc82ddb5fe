package no.ordna.cms.sync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.ordna.cms.publishing.domain.Channel;

/**
 * What is published, by item and locale in key order (the first sync's pages), served by the
 * snapshot table's unique (channel, item, locale) index.
 */
@ApplicationScoped
public class SyncQueries {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /** One published item's locale. */
  public record Published(String itemId, String typeKey, String locale) {}

  /** Published variants after ({@code afterItem}, {@code afterLocale}), at most {@code limit}. */
  public List<Published> published(
      String locale, String type, String afterItem, String afterLocale, int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "select s.itemId, s.typeKey, s.locale from Snapshot s where s.channel = :channel"
                + " and (s.itemId > :item or (s.itemId = :item and s.locale > :itemLocale))");
    if (!locale.isEmpty()) {
      jpql.append(" and s.locale = :locale");
    }
    if (!type.isEmpty()) {
      jpql.append(" and s.typeKey = :type");
    }
    jpql.append(" order by s.itemId, s.locale");
    var query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("channel", Channel.PUBLISHED)
            .setParameter("item", afterItem)
            .setParameter("itemLocale", afterLocale)
            .setMaxResults(limit);
    if (!locale.isEmpty()) {
      query.setParameter("locale", locale);
    }
    if (!type.isEmpty()) {
      query.setParameter("type", type);
    }
    return query.getResultList().stream()
        .map(row -> new Published((String) row[0], (String) row[1], (String) row[2]))
        .toList();
  }
}
