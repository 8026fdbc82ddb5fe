package no.ordna.cms.publishing.domain;

import java.time.Instant;

/** One filterable value of a snapshot's field: as text, number or time (the others null). */
public record IndexValue(String field, String text, Double number, Instant time) {}
