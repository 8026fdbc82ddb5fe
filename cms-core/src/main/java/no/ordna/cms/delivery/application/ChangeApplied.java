package no.ordna.cms.delivery.application;

import no.ordna.cms.publishing.domain.PublicationChange;

/** Fired on an instance once it has applied a publication change to its caches. */
public record ChangeApplied(PublicationChange change) {}
