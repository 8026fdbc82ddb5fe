package no.ordna.cms.trash.application;

import java.time.Instant;
import no.ordna.cms.content.application.ContentItemView;

/** An item in the trash and when it will be deleted for good. */
public record TrashedItem(ContentItemView item, Instant purgeAt) {}
