package no.ordna.cms.sync.application;

import java.util.List;
import no.ordna.cms.sync.domain.Tombstone;

/**
 * One page of a sync: the published items (each the delivery API's answer for it in its locale, as
 * bytes), the tombstones, and the token to go on with — {@code nextPageToken} while the sync has
 * more pages, else {@code nextSyncToken} for the changes after this one.
 */
public record SyncPage(
    List<byte[]> items, List<Tombstone> deleted, String nextPageToken, String nextSyncToken) {}
