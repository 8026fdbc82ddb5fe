package no.ordna.cms.shared.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list: its entries and, when more follow, the cursor of the next page (which a
 * client sends back as {@code cursor}).
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {

  public Page {
    items = List.copyOf(items);
    next = next == null ? Optional.empty() : next;
  }

  /**
   * The page from rows fetched with {@link PageRequest#fetchSize()}: the first {@code limit} rows,
   * and when there was one more, a next cursor made from the last row kept.
   */
  public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> position) {
    if (fetched.size() <= request.limit()) {
      return new Page<>(fetched, Optional.empty());
    }
    List<T> kept = fetched.subList(0, request.limit());
    return new Page<>(kept, Optional.of(position.apply(kept.get(kept.size() - 1))));
  }

  /** The same page with each entry mapped (to a view or wire record). */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
