package no.ordna.cms.platform.outbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class OutboundPolicyTest {

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OutboundPolicy policy(String allowed) {
    OutboundPolicy policy = new OutboundPolicy();
    policy.configure(allowed);
    return policy;
  }

  @Test
  void onlyOrdinaryPublicAddressesArePublic() {
    for (String special :
        new String[] {
          "127.0.0.1",
          "127.9.9.9",
          "10.0.0.1",
          "172.16.5.4",
          "172.31.255.255",
          "192.168.0.1",
          "169.254.169.254",
          "0.0.0.0",
          "100.64.0.1",
          "198.18.0.1",
          "224.0.0.1",
          "255.255.255.255",
          "::1",
          "::",
          "fe80::1",
          "fd00::1",
          "fc00::1",
          "::ffff:127.0.0.1",
          "::ffff:10.0.0.1",
          "64:ff9b::a00:1",
          "2001:db8::1"
        }) {
      assertFalse(OutboundPolicy.isPublic(ip(special)), special);
    }
    for (String open : new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "2a00:1450::1"}) {
      assertTrue(OutboundPolicy.isPublic(ip(open)), open);
    }
  }

  @Test
  void specialAddressesAreRefusedUnlessTheAllowListNamesThem() {
    OutboundPolicy none = policy("");
    assertThrows(
        OutboundRefusedException.class,
        () -> none.permitted("hooks.example.no", new InetAddress[] {ip("127.0.0.1")}));
    OutboundPolicy loopback = policy("127.0.0.1, 10.1.0.0/16, fd00::/8");
    assertArrayEquals(
        new InetAddress[] {ip("127.0.0.1")},
        loopback.permitted("x", new InetAddress[] {ip("127.0.0.1")}));
    assertEquals(1, loopback.permitted("x", new InetAddress[] {ip("10.1.200.3")}).length);
    assertEquals(1, loopback.permitted("x", new InetAddress[] {ip("fd12::1")}).length);
    assertThrows(
        OutboundRefusedException.class,
        () -> loopback.permitted("x", new InetAddress[] {ip("10.2.0.1")}));
    assertThrows(
        OutboundRefusedException.class,
        () -> loopback.permitted("x", new InetAddress[] {ip("127.0.0.2")}));
  }

  @Test
  void aNameThatResolvesToPublicAndPrivateAddressesConnectsOnlyToThePublicOnes() {
    // DNS rebinding: the checked addresses are the only ones connected to
    InetAddress[] permitted =
        policy("").permitted("rebind.example", new InetAddress[] {ip("127.0.0.1"), ip("8.8.4.4")});
    assertArrayEquals(new InetAddress[] {ip("8.8.4.4")}, permitted);
  }

  @Test
  void anAllowedHostNameMayResolveToAnything() {
    OutboundPolicy policy = policy("varnish.internal, *.cache.example.no");
    assertEquals(
        1, policy.permitted("varnish.internal", new InetAddress[] {ip("10.0.0.5")}).length);
    assertEquals(
        1, policy.permitted("a.cache.example.no", new InetAddress[] {ip("10.0.0.6")}).length);
    assertThrows(
        OutboundRefusedException.class,
        () -> policy.permitted("cache.example.no.evil", new InetAddress[] {ip("10.0.0.6")}));
  }

  @Test
  void urlsAreCheckedForSchemeHostAndLiteralAddressesWithoutDns() {
    OutboundPolicy policy = policy("127.0.0.1");
    assertEquals("hooks.example.no", policy.checkUrl("https://hooks.example.no/x").getHost());
    policy.checkUrl("http://127.0.0.1:8080/hook");
    for (String refused :
        new String[] {
          "ftp://example.org/",
          "http:///nohost",
          "https://user:pw@example.org/",
          "http://10.0.0.1/",
          "http://[::1]/",
          "http://169.254.169.254/",
          "not a url"
        }) {
      assertThrows(OutboundRefusedException.class, () -> policy.checkUrl(refused), refused);
    }
    assertThrows(OutboundRefusedException.class, () -> policy("").checkUrl("http://localhost/"));
    assertThrows(
        OutboundRefusedException.class, () -> policy("").checkUrl("http://a.localhost:80/"));
  }

  @Test
  void aBadAllowListEntryStopsTheStart() {
    assertThrows(IllegalArgumentException.class, () -> policy("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> policy("exa mple.org"));
  }
}
