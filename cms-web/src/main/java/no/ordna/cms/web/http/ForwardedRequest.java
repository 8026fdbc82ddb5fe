package no.ordna.cms.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request as the client sent it to a trusted proxy in front: its address and scheme from {@code
 * Forwarded} (RFC 7239) or else {@code X-Forwarded-For} / {@code X-Forwarded-Proto}. The client is
 * the right-most forwarded address that is not itself a trusted proxy (addresses further left could
 * have been made up by the client). Only made for requests whose immediate peer is trusted.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {

  private final String address;
  private final String scheme;

  private ForwardedRequest(HttpServletRequest request, String address, String scheme) {
    super(request);
    this.address = address;
    this.scheme = scheme;
  }

  /** The request as seen through the proxies, or the request itself when the peer is untrusted. */
  static HttpServletRequest of(HttpServletRequest request, TrustedProxies proxies) {
    if (proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr())) {
      return request;
    }
    List<String> chain = new ArrayList<>();
    String proto = null;
    String forwarded = request.getHeader("Forwarded");
    if (forwarded != null) {
      for (String element : forwarded.split(",")) {
        for (String pair : element.split(";")) {
          int eq = pair.indexOf('=');
          if (eq < 0) {
            continue;
          }
          String name = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
          String value = unquote(pair.substring(eq + 1).trim());
          if (name.equals("for")) {
            chain.add(node(value));
          } else if (name.equals("proto") && proto == null) {
            proto = value;
          }
        }
      }
    } else {
      String forwardedFor = request.getHeader("X-Forwarded-For");
      if (forwardedFor != null) {
        for (String hop : forwardedFor.split(",")) {
          chain.add(node(hop.trim()));
        }
      }
      String forwardedProto = request.getHeader("X-Forwarded-Proto");
      if (forwardedProto != null) {
        proto = forwardedProto.split(",")[0].trim();
      }
    }
    String client = request.getRemoteAddr();
    for (int i = chain.size() - 1; i >= 0; i--) {
      String hop = chain.get(i);
      if (TrustedProxies.literal(hop) == null) {
        break; // "unknown", an obfuscated name or garbage: stop believing the chain here
      }
      client = hop;
      if (!proxies.trusts(hop)) {
        break;
      }
    }
    String scheme =
        "https".equalsIgnoreCase(proto) ? "https" : "http".equalsIgnoreCase(proto) ? "http" : null;
    return new ForwardedRequest(request, client, scheme == null ? request.getScheme() : scheme);
  }

  /** A {@code for=} node without quotes, brackets or port. */
  private static String node(String value) {
    String node = value;
    if (node.startsWith("[")) {
      int end = node.indexOf(']');
      return end > 0 ? node.substring(1, end) : node;
    }
    int colon = node.indexOf(':');
    if (colon > 0 && node.indexOf(':', colon + 1) < 0) {
      node = node.substring(0, colon); // an IPv4 address with a port
    }
    return node;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  @Override
  public String getRemoteAddr() {
    return address;
  }

  @Override
  public String getRemoteHost() {
    return address;
  }

  @Override
  public String getScheme() {
    return scheme;
  }

  @Override
  public boolean isSecure() {
    return "https".equals(scheme);
  }
}
