package no.ordna.cms.platform.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where outbound calls may go. {@code cms.outbound.allowed-hosts} (env {@code
 * CMS_OUTBOUND_ALLOWED_HOSTS}) lists, comma-separated, host names ({@code hooks.example.no}, or
 * {@code *.example.no} for its subdomains), addresses and CIDR ranges that are allowed even though
 * they are loopback, link-local, private or otherwise special. Every other address is allowed only
 * when it is public. Names are judged by the addresses they resolve to when the call connects, and
 * only the addresses judged are connected to.
 */
@ApplicationScoped
public class OutboundPolicy {

  /** Ranges that are never public, beyond what {@link InetAddress} itself recognises. */
  private static final List<AddressRange> SPECIAL =
      List.of(
              "0.0.0.0/8",
              "100.64.0.0/10",
              "192.0.0.0/24",
              "192.0.2.0/24",
              "198.18.0.0/15",
              "198.51.100.0/24",
              "203.0.113.0/24",
              "240.0.0.0/4",
              "fc00::/7",
              "64:ff9b::/96",
              "2001:db8::/32")
          .stream()
          .map(r -> AddressRange.parse(r).orElseThrow())
          .toList();

  @Inject
  @ConfigProperty(name = "cms.outbound.allowed-hosts")
  Optional<String> setting;

  private List<AddressRange> allowedRanges = List.of();
  private List<String> allowedNames = List.of();

  @PostConstruct
  void parse() {
    configure(setting.orElse(""));
  }

  /** Reads the allow-list (for tests and the start-up check). */
  void configure(String value) {
    List<AddressRange> ranges = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String entry : value.split(",")) {
      String trimmed = entry.trim().toLowerCase(Locale.ROOT);
      if (trimmed.isEmpty()) {
        continue;
      }
      Optional<AddressRange> range = AddressRange.parse(trimmed);
      if (range.isPresent()) {
        ranges.add(range.get());
      } else if (trimmed.matches("(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
        names.add(trimmed);
      } else {
        throw new IllegalArgumentException(
            "cms.outbound.allowed-hosts (CMS_OUTBOUND_ALLOWED_HOSTS): not a host name, address"
                + " or CIDR range: "
                + entry.trim());
      }
    }
    allowedRanges = List.copyOf(ranges);
    allowedNames = List.copyOf(names);
  }

  /**
   * The URL as a URI when an outbound call may be made to it as far as can be told without DNS:
   * http or https, a host, no user info; a literal address or {@code localhost} must be allowed.
   *
   * @throws OutboundRefusedException saying why not
   */
  public URI checkUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new OutboundRefusedException("is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new OutboundRefusedException("must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new OutboundRefusedException("must name a host");
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new OutboundRefusedException("must not hold user info or a fragment");
    }
    String host = hostOf(uri);
    if (nameAllowed(host)) {
      return uri;
    }
    Optional<byte[]> literal = AddressRange.literal(host);
    if (literal.isPresent()) {
      try {
        permitted(host, new InetAddress[] {InetAddress.getByAddress(literal.get())});
      } catch (java.net.UnknownHostException e) {
        throw new OutboundRefusedException("is not a valid address: " + host);
      }
    } else if (host.equals("localhost") || host.endsWith(".localhost")) {
      permitted(host, new InetAddress[] {InetAddress.getLoopbackAddress()});
    }
    return uri;
  }

  /** The host of a URI in lower case, without IPv6 brackets. */
  public static String hostOf(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /**
   * Of the addresses {@code host} resolved to, those a call may connect to.
   *
   * @throws OutboundRefusedException when none may be
   */
  public InetAddress[] permitted(String host, InetAddress[] resolved) {
    if (nameAllowed(host.toLowerCase(Locale.ROOT))) {
      return resolved;
    }
    List<InetAddress> ok = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (InetAddress address : resolved) {
      if (allowedRanges.stream().anyMatch(r -> r.contains(address)) || isPublic(address)) {
        ok.add(address);
      } else {
        refused.add(address.getHostAddress());
      }
    }
    if (ok.isEmpty()) {
      throw new OutboundRefusedException(
          "refused: "
              + host
              + " is "
              + String.join(", ", refused)
              + ", a loopback, link-local, private or reserved address not allowed by"
              + " CMS_OUTBOUND_ALLOWED_HOSTS");
    }
    return ok.toArray(InetAddress[]::new);
  }

  /** Whether an address is an ordinary public one. */
  static boolean isPublic(InetAddress address) {
    return !(address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || Arrays.equals(address.getAddress(), new byte[] {-1, -1, -1, -1})
        || SPECIAL.stream().anyMatch(r -> r.contains(address)));
  }

  private boolean nameAllowed(String host) {
    for (String name : allowedNames) {
      if (name.startsWith("*.") ? host.endsWith(name.substring(1)) : host.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
