package no.ordna.cms.api.http;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.PageRequest;

/**
 * The paging query parameters every list takes, as a {@code @BeanParam}: {@code limit} (a whole
 * number within the list's bounds) and {@code cursor} (the {@code next} of the previous page).
 * Each list keeps its own default and largest limit; a bad value is a 400 naming the parameter.
 *
 * <pre>{@code
 * public Response list(@BeanParam PageParameters page, ...) {
 *   PageRequest request = page.toRequest(20, 100);
 * }</pre>
 */
public class PageParameters {

  /** The OpenAPI description of {@code cursor}, the same on every list operation. */
  public static final String CURSOR_DESCRIPTION =
      "The 'next' of the previous page (opaque); one not from this list is a 400";

  // no @Parameter here: Payara's OpenAPI scanner fails on it outside a resource method (a
  // NullPointerException for the whole document); describe limit and cursor on the operation
  @QueryParam("limit")
  String limit;

  @QueryParam("cursor")
  String cursor;

  public PageParameters() {}

  /** For tests and callers outside JAX-RS. */
  public PageParameters(String limit, String cursor) {
    this.limit = limit;
    this.cursor = cursor;
  }

  /**
   * The page asked for, with {@code defaultLimit} when no limit was given; problems are added to
   * {@code violations} (the list reports them with its other parameters), and the default page
   * comes back in their place.
   */
  public PageRequest toRequest(int defaultLimit, int maxLimit, Violations violations) {
    int size = defaultLimit;
    if (limit != null) {
      size = parseLimit(limit, maxLimit);
      if (size < 0) {
        violations.add("limit", "must be a whole number from 1 to " + maxLimit);
        size = defaultLimit;
      }
    }
    Optional<Cursor> after = Optional.empty();
    if (cursor != null) {
      after = Cursor.decode(cursor);
      if (after.isEmpty()) {
        violations.add("cursor", "is not a cursor from this list");
      }
    }
    return new PageRequest(size, after);
  }

  /** As {@link #toRequest(int, int, Violations)}, throwing a 400 for a bad value at once. */
  public PageRequest toRequest(int defaultLimit, int maxLimit) {
    Violations violations = new Violations();
    PageRequest request = toRequest(defaultLimit, maxLimit, violations);
    violations.throwIfAny("Invalid list parameters");
    return request;
  }

  /** The raw {@code limit}, for lists that report it back. */
  public Optional<String> limit() {
    return Optional.ofNullable(limit);
  }

  /** The raw {@code cursor}, as sent (every list reads it through {@link #toRequest}). */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  private static int parseLimit(String text, int max) {
    if (!text.matches("\\d{1,9}")) {
      return -1;
    }
    int value = Integer.parseInt(text);
    return value >= 1 && value <= max ? value : -1;
  }
}
