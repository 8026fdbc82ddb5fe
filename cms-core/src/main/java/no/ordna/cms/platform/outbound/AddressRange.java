package no.ordna.cms.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or CIDR range (IPv4 or IPv6), e.g. {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code
 * fd00::/8}. Parsed from literals only: making one never asks DNS.
 */
public record AddressRange(byte[] network, int bits) {

  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /**
   * The range a literal names (an address alone is a range of one); empty when it is no literal.
   */
  public static Optional<AddressRange> parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    Optional<byte[]> network = literal(slash < 0 ? trimmed : trimmed.substring(0, slash));
    if (network.isEmpty()) {
      return Optional.empty();
    }
    int bits = network.get().length * 8;
    if (slash >= 0) {
      String prefix = trimmed.substring(slash + 1);
      if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > bits) {
        return Optional.empty();
      }
      bits = Integer.parseInt(prefix);
    }
    return Optional.of(new AddressRange(network.get(), bits));
  }

  /** The bytes of an IP address literal (brackets around IPv6 allowed); never a DNS look-up. */
  public static Optional<byte[]> literal(String text) {
    String host =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(host).getAddress());
    } catch (UnknownHostException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != network.length) {
      return false;
    }
    int whole = bits / 8;
    for (int i = 0; i < whole; i++) {
      if (bytes[i] != network[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (bytes[whole] & mask) == (network[whole] & mask);
  }
}
