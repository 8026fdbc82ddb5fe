package no.ordna.cms.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForwardedRequestTest {

  private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, ::1, 127.0.0.9");

  /** A request from {@code peer} with header name/value pairs (nothing else is needed here). */
  private static HttpServletRequest request(String peer, String... headers) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      map.put(headers[i].toLowerCase(), headers[i + 1]);
    }
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getScheme" -> "http";
                  case "isSecure" -> false;
                  case "getHeader" -> map.get(((String) args[0]).toLowerCase());
                  default -> null;
                });
  }

  @Test
  void rangesAndAddressesAreMatchedByTheirBits() {
    assertTrue(PROXIES.trusts("10.1.2.3"));
    assertTrue(PROXIES.trusts("127.0.0.9"));
    assertTrue(PROXIES.trusts("0:0:0:0:0:0:0:1"));
    assertFalse(PROXIES.trusts("11.0.0.1"));
    assertFalse(PROXIES.trusts("127.0.0.1"));
    assertFalse(PROXIES.trusts("not-an-address"));
    assertFalse(PROXIES.trusts("999.1.1.1"));
    assertTrue(TrustedProxies.parse("192.168.0.0/23").trusts("192.168.1.200"));
    assertFalse(TrustedProxies.parse("192.168.0.0/23").trusts("192.168.2.1"));
  }

  @Test
  void aSettingThatIsNotAnAddressOrRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
  }

  @Test
  void anUntrustedPeerIsTakenAsItIs() {
    HttpServletRequest request = request("198.51.100.5", "X-Forwarded-For", "203.0.113.1");
    assertSame(request, ForwardedRequest.of(request, PROXIES));
  }

  @Test
  void theClientIsTheRightMostAddressThatIsNoTrustedProxy() {
    HttpServletRequest forwarded =
        ForwardedRequest.of(
            request("10.0.0.2", "X-Forwarded-For", "6.6.6.6, 203.0.113.1, 10.0.0.7"), PROXIES);
    assertEquals("203.0.113.1", forwarded.getRemoteAddr(), "6.6.6.6 may be made up");
  }

  @Test
  void forwardedWithPortsQuotesAndIpv6IsRead() {
    HttpServletRequest forwarded =
        ForwardedRequest.of(
            request(
                "127.0.0.9",
                "Forwarded",
                "for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.0.0.3:8080"),
            PROXIES);
    assertEquals("2001:db8:cafe::17", forwarded.getRemoteAddr());
    assertEquals("https", forwarded.getScheme());
    assertTrue(forwarded.isSecure());
  }

  @Test
  void anUnknownOrGarbledHopStopsTheChain() {
    HttpServletRequest forwarded =
        ForwardedRequest.of(request("10.0.0.2", "Forwarded", "for=unknown, for=10.0.0.8"), PROXIES);
    assertEquals("10.0.0.8", forwarded.getRemoteAddr());
    assertEquals(
        "10.0.0.2",
        ForwardedRequest.of(request("10.0.0.2", "X-Forwarded-For", "<script>"), PROXIES)
            .getRemoteAddr());
  }

  @Test
  void onlyHttpAndHttpsAreSchemes() {
    HttpServletRequest forwarded =
        ForwardedRequest.of(request("10.0.0.2", "X-Forwarded-Proto", "gopher"), PROXIES);
    assertEquals("http", forwarded.getScheme());
  }
}
