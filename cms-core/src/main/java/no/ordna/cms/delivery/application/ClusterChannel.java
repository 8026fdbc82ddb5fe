package no.ordna.cms.delivery.application;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.ordna.cms.platform.cluster.DataGrid;
import no.ordna.cms.platform.database.CausalReads;
import no.ordna.cms.publishing.domain.PublicationChange;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries publication changes to every instance through Payara's Hazelcast data grid, when the
 * instance is clustered: a topic announces each change, every member applies it and acknowledges
 * its sequence number in a shared map, and the publishing instance waits (briefly, {@code
 * cms.cluster.ack-timeout}) until every member has, so that once a publish has answered no member
 * still serves the old content. Without a data grid it does nothing; the publication log follower
 * covers the rest.
 */
@ApplicationScoped
public class ClusterChannel {

  private static final Logger LOG = Logger.getLogger(ClusterChannel.class.getName());
  private static final String TOPIC = "cms.delivery.changes";
  private static final String ACKS = "cms.delivery.acks";

  @Inject ChangeApplier applier;
  @Inject DataGrid grid;
  @Inject CausalReads causalReads;

  @Inject
  @ConfigProperty(name = "cms.cluster.ack-timeout", defaultValue = "PT3S")
  Duration ackTimeout;

  private HazelcastInstance hazelcast;
  private ITopic<String> topic;
  private IMap<String, Long> acks;
  private UUID listener;
  private String self;
  private long acknowledged;

  @PostConstruct
  void connect() {
    hazelcast = grid.instance().orElse(null);
    if (hazelcast == null) {
      LOG.info("No data grid: publication changes reach other instances through the log only");
      return;
    }
    self = hazelcast.getCluster().getLocalMember().getUuid().toString();
    topic = hazelcast.getTopic(TOPIC);
    acks = hazelcast.getMap(ACKS);
    // Decided here, on a container thread: the bean's data source cannot be injected on the data
    // grid's threads, where messages arrive.
    causalReads.enabled();
    applier.prepare();
    listener = topic.addMessageListener(message -> receive(message.getMessageObject()));
    // From now on this member listens, and publishers wait for its confirmations. Members of the
    // grid that have not got here yet (still starting, or waiting for another instance's
    // first-start work) are not waited for: they serve nothing yet, and their log follower
    // starts from a position taken before this point.
    acks.putIfAbsent(self, 0L);
    LOG.info("Publication changes are shared with the cluster as member " + self);
  }

  /** Joins at start-up, so that every member listens before the first change is announced. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    clustered();
  }

  @PreDestroy
  void disconnect() {
    if (topic != null && listener != null) {
      try {
        topic.removeMessageListener(listener);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "listener removal failed", e);
      }
    }
  }

  public boolean clustered() {
    return hazelcast != null;
  }

  /** Announces an applied change and waits until every member has applied it too. */
  public void broadcast(PublicationChange change) {
    if (hazelcast == null) {
      return;
    }
    acknowledge(change.seq());
    topic.publish(encode(change));
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      Set<String> missing = laggingMembers(change.seq());
      if (missing.isEmpty()) {
        return;
      }
      sleep();
    }
    LOG.warning(
        "Members "
            + laggingMembers(change.seq())
            + " did not confirm change "
            + change.seq()
            + " in time; the log follower will catch them up");
  }

  /** Members that listen for changes (they have an entry) and have not confirmed {@code seq}. */
  private Set<String> laggingMembers(long seq) {
    return hazelcast.getCluster().getMembers().stream()
        .map(m -> m.getUuid().toString())
        .filter(uuid -> acks.getOrDefault(uuid, Long.MAX_VALUE) < seq)
        .collect(Collectors.toSet());
  }

  private void receive(String message) {
    PublicationChange change = decode(message);
    // On Galera this instance's node may not have applied the change yet: wait until it has, so
    // that the answers computed after the cache is dropped are fresh (a no-op elsewhere).
    causalReads.await();
    applier.apply(change);
    acknowledge(change.seq());
  }

  /** Records in the shared map that this member has applied every change up to {@code seq}. */
  private synchronized void acknowledge(long seq) {
    if (seq > acknowledged) {
      acknowledged = seq;
      acks.set(self, seq);
    }
  }

  static String encode(PublicationChange change) {
    return change.seq()
        + "|"
        + change.action()
        + "|"
        + change.itemId()
        + "|"
        + change.typeKey()
        + "|"
        + (change.locale() == null ? "" : change.locale());
  }

  static PublicationChange decode(String message) {
    String[] parts = message.split("\\|", -1);
    return new PublicationChange(
        parts[2],
        parts[3],
        parts[4].isEmpty() ? null : parts[4],
        PublicationChange.Action.valueOf(parts[1]),
        Long.parseLong(parts[0]));
  }

  private static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
