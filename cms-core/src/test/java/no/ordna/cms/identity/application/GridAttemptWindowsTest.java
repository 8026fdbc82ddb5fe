package no.ordna.cms.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in counters on a real data grid of two Hazelcast members (the library Payara Micro runs, in
 * this JVM, on loopback only, joined by TCP/IP, no multicast, no phone-home): both members count
 * the same attempts, parallel guesses through both never pass the limit, and the map stays bounded.
 */
class GridAttemptWindowsTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static HazelcastInstance one;
  private static HazelcastInstance two;

  @BeforeAll
  static void startGrid() {
    System.setProperty("hazelcast.phone.home.enabled", "false");
    System.setProperty("hazelcast.socket.bind.any", "false");
    System.setProperty("hazelcast.logging.type", "jdk");
    int portOne = freePort();
    int portTwo = freePort();
    String cluster = "cms-test-" + portOne;
    one = Hazelcast.newHazelcastInstance(config(cluster, portOne, portTwo));
    two = Hazelcast.newHazelcastInstance(config(cluster, portTwo, portOne));
  }

  @AfterAll
  static void stopGrid() {
    if (two != null) {
      two.shutdown();
    }
    if (one != null) {
      one.shutdown();
    }
  }

  private static Config config(String cluster, int port, int other) {
    Config config = new Config().setClusterName(cluster).setInstanceName(cluster + "-" + port);
    NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig()
        .setEnabled(true)
        .addMember("127.0.0.1:" + port)
        .addMember("127.0.0.1:" + other);
    return config;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void attemptsCountedOnOneMemberCountOnTheOther() {
    GridAttemptWindows onOne = new GridAttemptWindows(one, WINDOW, 1_000);
    GridAttemptWindows onTwo = new GridAttemptWindows(two, WINDOW, 1_000);
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    String key = "pair:203.0.113.9|admin-" + System.nanoTime();
    for (int i = 0; i < 3; i++) {
      assertTrue(onOne.tryAcquire(key, 5, now.plusSeconds(i)).isEmpty());
    }
    for (int i = 3; i < 5; i++) {
      assertTrue(onTwo.tryAcquire(key, 5, now.plusSeconds(i)).isEmpty());
    }

    Duration wait = onOne.tryAcquire(key, 5, now.plusSeconds(10)).orElseThrow();
    assertEquals(WINDOW.minusSeconds(10), wait, "until the first attempt leaves the window");
    assertTrue(onTwo.tryAcquire(key, 5, now.plusSeconds(10)).isPresent(), "refused there too");
    assertTrue(
        onTwo.tryAcquire(key, 5, now.plus(WINDOW).plusSeconds(1)).isEmpty(),
        "admitted again once the oldest attempt has left the window");
  }

  @Test
  void aReleasedAttemptAndAResetKeyAreForgottenOnEveryMember() {
    GridAttemptWindows onOne = new GridAttemptWindows(one, WINDOW, 1_000);
    GridAttemptWindows onTwo = new GridAttemptWindows(two, WINDOW, 1_000);
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    String key = "address:198.51.100.7-" + System.nanoTime();
    assertTrue(onOne.tryAcquire(key, 2, now).isEmpty());
    assertTrue(onOne.tryAcquire(key, 2, now.plusSeconds(1)).isEmpty());
    onTwo.release(key, now.plusSeconds(1));
    assertTrue(onTwo.tryAcquire(key, 2, now.plusSeconds(2)).isEmpty(), "the released one is free");
    assertTrue(onOne.tryAcquire(key, 2, now.plusSeconds(3)).isPresent());
    onTwo.reset(key);
    assertTrue(onOne.tryAcquire(key, 2, now.plusSeconds(4)).isEmpty(), "reset everywhere");
  }

  @Test
  void parallelGuessesThroughBothMembersNeverPassTheLimit() throws Exception {
    List<GridAttemptWindows> members =
        List.of(
            new GridAttemptWindows(one, WINDOW, 1_000), new GridAttemptWindows(two, WINDOW, 1_000));
    String key = "pair:192.0.2.44|admin-" + System.nanoTime();
    Instant now = Instant.parse("2026-11-29T12:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      GridAttemptWindows member = members.get(i % 2);
      Instant at = now.plusMillis(i);
      results.add(
          pool.submit(
              () -> {
                go.await();
                return member.tryAcquire(key, 5, at).isEmpty();
              }));
    }
    go.countDown();
    int admitted = 0;
    for (Future<Boolean> result : results) {
      admitted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdownNow();

    assertEquals(5, admitted);
  }

  @Test
  void theMapIsBoundedAndExpiresWithTheWindow() {
    new GridAttemptWindows(one, WINDOW, 1_000);
    var config = one.getConfig().getMapConfig(GridAttemptWindows.MAP);
    assertEquals(WINDOW.toSeconds(), config.getTimeToLiveSeconds());
    assertEquals(1_000, config.getEvictionConfig().getSize());
    assertEquals(
        config.getTimeToLiveSeconds(),
        two.getConfig().getMapConfig(GridAttemptWindows.MAP).getTimeToLiveSeconds(),
        "the same settings on the other member");
  }
}
