package no.ordna.cms.delivery.domain;

import java.util.List;
import java.util.Set;
import no.ordna.cms.publishing.domain.Channel;

/**
 * One checked delivery read: which channel, type and (for a single item) id or slug, the asked
 * locale and whether to fall back, and for lists the filters, order, page size and cursor; the
 * include depth and the field selection (empty: all fields).
 */
public record DeliveryRequest(
    Channel channel,
    String type,
    String idOrSlug,
    String requestedLocale,
    boolean fallback,
    List<Filter> filters,
    Sort sort,
    int limit,
    ListCursor after,
    int include,
    Set<String> fields) {

  public boolean isList() {
    return idOrSlug == null;
  }
}
