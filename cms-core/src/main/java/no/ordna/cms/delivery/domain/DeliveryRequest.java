package no.ordna.cms.delivery.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.shared.paging.PageRequest;

/**
 * One checked delivery read, as the edge parsed it: which channel and type, for a single read the
 * item (by id or slug), the asked locale and whether to fall back; for lists the filters, order and
 * page (limit and the cursor of the previous page's end, see {@link ListCursor}); the include depth
 * and the field selection (empty: all fields).
 */
public record DeliveryRequest(
    Channel channel,
    TypeKey type,
    Optional<ItemLookup> item,
    LocaleCode requestedLocale,
    boolean fallback,
    List<Filter> filters,
    Sort sort,
    PageRequest page,
    int include,
    Set<String> fields) {

  public DeliveryRequest {
    item = item == null ? Optional.empty() : item;
    filters = List.copyOf(filters);
    if (item.isPresent() && !filters.isEmpty()) {
      throw new IllegalArgumentException("a single read has no filters");
    }
  }

  /** A read of one item. */
  public static DeliveryRequest one(
      Channel channel,
      TypeKey type,
      ItemLookup item,
      LocaleCode locale,
      boolean fallback,
      int include,
      Set<String> fields) {
    return new DeliveryRequest(
        channel,
        type,
        Optional.of(item),
        locale,
        fallback,
        List.of(),
        Sort.DEFAULT,
        PageRequest.first(1),
        include,
        fields);
  }

  public boolean isList() {
    return item.isEmpty();
  }
}
