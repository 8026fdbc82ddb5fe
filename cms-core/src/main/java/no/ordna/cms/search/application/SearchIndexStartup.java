package no.ordna.cms.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the first build of the search index at deployment, in the background (start-up does not
 * wait for it). It depends on the publication log follower so that the follower has taken its
 * starting position before the build reads anything: no change can fall between the two.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrator", "PublicationLogFollower"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

  @Inject SearchIndexer indexer;

  @PostConstruct
  void start() {
    indexer.start();
  }
}
