package no.ordna.cms.delivery.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.delivery.domain.Filter;
import no.ordna.cms.delivery.domain.ListCursor;
import no.ordna.cms.delivery.domain.Sort;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;

/**
 * The delivery list query: snapshots of one type in the best available locale per item (the first
 * of the locale chain the item has), filtered through the index rows, in a stable order with keyset
 * pagination (sort value, then snapshot id), so a cursor stays correct while other items are
 * published. Every value is a bound parameter.
 */
@ApplicationScoped
public class SnapshotQueries {

  @PersistenceContext(unitName = "cms")
  EntityManager em;

  /** One page plus one row, to tell whether there is a next page. */
  public List<Snapshot> page(
      Channel channel,
      TypeDefinition type,
      List<String> chain,
      List<Filter> filters,
      Sort sort,
      ListCursor after,
      int limit) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder jpql =
        new StringBuilder(
            "select s from Snapshot s where s.channel = :channel and s.typeKey = :type and s.locale in :chain");
    params.put("channel", channel);
    params.put("type", type.key());
    params.put("chain", chain);
    for (int i = 1; i < chain.size(); i++) {
      jpql.append(" and not (s.locale = :l")
          .append(i)
          .append(
              " and exists (select q.id from Snapshot q where q.channel = :channel and q.itemId = s.itemId and q.locale in :better")
          .append(i)
          .append("))");
      params.put("l" + i, chain.get(i));
      params.put("better" + i, chain.subList(0, i));
    }
    for (int i = 0; i < filters.size(); i++) {
      appendFilter(jpql, params, filters.get(i), i);
    }
    String column =
        switch (sort.key()) {
          case PUBLISH_DATE -> "s.sortDate";
          case TITLE -> "s.titleKey";
          case PUBLISHED_AT -> "s.publishedAt";
        };
    if (after != null) {
      String cmp = sort.descending() ? "<" : ">";
      jpql.append(" and (")
          .append(column)
          .append(' ')
          .append(cmp)
          .append(" :afterValue or (")
          .append(column)
          .append(" = :afterValue and s.id ")
          .append(cmp)
          .append(" :afterId))");
      params.put("afterValue", cursorValue(sort, after.sortValue()));
      params.put("afterId", after.snapshotId());
    }
    String direction = sort.descending() ? " desc" : " asc";
    jpql.append(" order by ").append(column).append(direction).append(", s.id").append(direction);
    TypedQuery<Snapshot> query = em.createQuery(jpql.toString(), Snapshot.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(limit + 1).getResultList();
  }

  private static void appendFilter(
      StringBuilder jpql, Map<String, Object> params, Filter filter, int i) {
    String column =
        switch (filter.column()) {
          case TEXT -> "f.valueText";
          case NUMBER -> "f.valueNumber";
          case TIME -> "f.valueTime";
        };
    // "all" needs a matching index row per value; the others one row
    int rows = filter.op() == Filter.Op.ALL ? filter.values().size() : 1;
    for (int v = 0; v < rows; v++) {
      String key = "f" + i + "_" + v;
      jpql.append(
              " and exists (select f.id from SnapshotField f where f.snapshot = s and f.fieldKey = :")
          .append(key)
          .append("k and ")
          .append(column)
          .append(' ')
          .append(operator(filter.op()))
          .append(" :")
          .append(key)
          .append(")");
      params.put(key + "k", filter.field());
      params.put(
          key,
          filter.op() == Filter.Op.IN
              ? filter.values().stream().map(filter.column()::of).toList()
              : filter.column().of(filter.values().get(v)));
    }
  }

  private static String operator(Filter.Op op) {
    return switch (op) {
      case EQ, ALL -> "=";
      case IN -> "in";
      case GT -> ">";
      case GTE -> ">=";
      case LT -> "<";
      case LTE -> "<=";
    };
  }

  /** The sort value of a row, as a cursor holds it. */
  public static String cursorValue(Sort sort, Snapshot row) {
    return switch (sort.key()) {
      case PUBLISH_DATE -> micros(row.sortDate());
      case PUBLISHED_AT -> micros(row.publishedAt());
      case TITLE -> HexFormat.of().formatHex(row.titleKey() == null ? new byte[0] : row.titleKey());
    };
  }

  private static Object cursorValue(Sort sort, String text) {
    if (sort.key() == Sort.Key.TITLE) {
      return HexFormat.of().parseHex(text);
    }
    long micros = Long.parseLong(text);
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }

  private static String micros(Instant time) {
    return Long.toString(time.getEpochSecond() * 1_000_000L + time.getNano() / 1000);
  }
}
