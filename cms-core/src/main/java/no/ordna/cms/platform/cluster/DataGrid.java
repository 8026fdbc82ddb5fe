package no.ordna.cms.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The data grid Payara Micro runs this instance in (its Hazelcast member), when the instance is
 * clustered ({@code CMS_CLUSTER_MEMBERS}); empty otherwise. Features that share state across
 * instances (cache invalidation, sign-in throttling) take it from here and keep a local fallback.
 */
@ApplicationScoped
public class DataGrid {

  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private HazelcastInstance hazelcast;

  @PostConstruct
  void lookup() {
    try {
      Object found = new InitialContext().lookup("payara/Hazelcast");
      if (found instanceof HazelcastInstance instance
          && instance.getLifecycleService().isRunning()) {
        hazelcast = instance;
      }
    } catch (NamingException | RuntimeException e) {
      LOG.log(Level.FINE, "no Hazelcast instance", e);
    }
  }

  /** Payara's Hazelcast member, when this instance is part of a data grid. */
  public Optional<HazelcastInstance> instance() {
    return Optional.ofNullable(hazelcast);
  }
}
