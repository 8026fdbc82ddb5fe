package no.ordna.cms.content.domain;

import java.util.List;

/** One page of items and the (encoded) cursor of the next page (null on the last page). */
public record ItemPage(List<ContentItem> items, String next) {}
