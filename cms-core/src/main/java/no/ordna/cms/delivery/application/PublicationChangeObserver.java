package no.ordna.cms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import no.ordna.cms.publishing.domain.PublicationChange;

/**
 * Once a publication change has committed, applies it here and hands it to the cluster, before the
 * publishing request answers.
 */
@ApplicationScoped
public class PublicationChangeObserver {

  @Inject ChangeApplier applier;
  @Inject ClusterChannel cluster;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationChange change) {
    applier.apply(change);
    cluster.broadcast(change);
  }
}
