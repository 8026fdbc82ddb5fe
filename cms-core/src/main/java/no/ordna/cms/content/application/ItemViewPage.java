package no.ordna.cms.content.application;

import java.util.List;

/** One page of the item list and the (encoded) cursor of the next page (null on the last page). */
public record ItemViewPage(List<ContentItemView> items, String next) {}
