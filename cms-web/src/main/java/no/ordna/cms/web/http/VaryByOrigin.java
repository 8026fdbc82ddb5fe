package no.ordna.cms.web.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A delivery answer that varies by {@code Origin} (CORS with a list of origins) whatever else it
 * varies by: a {@code Vary} set further on (Accept-Language by the delivery cache and the
 * resources, Authorization by assets) is merged into one header with {@code Origin} instead of
 * replacing it.
 */
final class VaryByOrigin extends HttpServletResponseWrapper {

  private static final String VARY = "Vary";
  private static final String ORIGIN = "Origin";

  VaryByOrigin(HttpServletResponse response) {
    super(response);
    response.setHeader(VARY, ORIGIN);
  }

  @Override
  public void setHeader(String name, String value) {
    super.setHeader(name, VARY.equalsIgnoreCase(name) ? merged(ORIGIN, value) : value);
  }

  @Override
  public void addHeader(String name, String value) {
    if (VARY.equalsIgnoreCase(name)) {
      String current = getHeader(VARY);
      super.setHeader(VARY, merged(current == null ? ORIGIN : current, value));
    } else {
      super.addHeader(name, value);
    }
  }

  /** {@code current} followed by the names of {@code added} it does not hold yet. */
  static String merged(String current, String added) {
    if (added == null || added.isBlank()) {
      return current;
    }
    StringBuilder result = new StringBuilder(current);
    for (String name : added.split(",")) {
      String trimmed = name.trim();
      if (!trimmed.isEmpty() && !holds(result.toString(), trimmed)) {
        result.append(", ").append(trimmed);
      }
    }
    return result.toString();
  }

  private static boolean holds(String list, String name) {
    for (String present : list.split(",")) {
      if (present.trim().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
