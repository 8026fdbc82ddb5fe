package no.ordna.cms.web.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proxies whose forwarding headers are believed ({@code cms.trusted-proxies}, env {@code
 * CMS_TRUSTED_PROXIES}: addresses and CIDR ranges, IPv4 or IPv6, comma-separated; default none).
 * From anyone else, {@code Forwarded} and {@code X-Forwarded-*} are ignored: a client could
 * otherwise choose its own address for the sign-in throttle and the audit trail.
 */
final class TrustedProxies {

  /** One address range: the network's bytes and how many leading bits must match. */
  private record Range(byte[] network, int bits) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[whole] & mask) == (network[whole] & mask);
    }
  }

  static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * Parses the setting.
   *
   * @throws IllegalArgumentException naming an entry that is not an IP address or CIDR range
   */
  static TrustedProxies parse(String setting) {
    List<Range> ranges = new ArrayList<>();
    if (setting == null) {
      return NONE;
    }
    for (String entry : setting.split(",")) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      int slash = trimmed.indexOf('/');
      byte[] network = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
      if (network == null) {
        throw new IllegalArgumentException(
            "cms.trusted-proxies (CMS_TRUSTED_PROXIES): not an IP address or CIDR range: "
                + trimmed);
      }
      int bits = network.length * 8;
      if (slash >= 0) {
        String prefix = trimmed.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > bits) {
          throw new IllegalArgumentException(
              "cms.trusted-proxies (CMS_TRUSTED_PROXIES): bad prefix length in " + trimmed);
        }
        bits = Integer.parseInt(prefix);
      }
      ranges.add(new Range(network, bits));
    }
    return new TrustedProxies(ranges);
  }

  boolean isEmpty() {
    return ranges.isEmpty();
  }

  boolean trusts(String address) {
    byte[] bytes = literal(address);
    return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
  }

  /**
   * The bytes of an IP address literal (never a host name: nothing is looked up), with IPv4 in an
   * IPv6-mapped form turned into IPv4; null for anything else.
   */
  static byte[] literal(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return null;
    }
    String value = text.toLowerCase(Locale.ROOT);
    boolean v4 = value.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    boolean v6 = value.matches("[0-9a-f:.]+") && value.contains(":");
    if (v4) {
      String[] octets = value.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(octets[i]);
        if (octet > 255) {
          return null;
        }
        bytes[i] = (byte) octet;
      }
      return bytes;
    }
    if (!v6) {
      return null;
    }
    try {
      // a literal with ':' is parsed as IPv6 and never looked up
      return InetAddress.getByName(value).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
