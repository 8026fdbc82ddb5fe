package no.ordna.cms.api.sync;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of a sync answer (for the OpenAPI document; the answer is written as bytes). */
@Schema(description = "One page of a sync")
public record SyncAnswer(
    @Schema(
            description =
                "Published items, each exactly as GET /api/v1/content/{type}/{id}?locale=<its"
                    + " locale>&fallback=false answers")
        List<Map<String, Object>> items,
    @Schema(description = "Item locales to drop: unpublished, or the item deleted")
        List<TombstoneAnswer> deleted,
    @Schema(description = "More pages of this sync: ask with ?token=<this>; else null")
        String nextPageToken,
    @Schema(description = "The sync is complete: ask later with ?token=<this> for what changed")
        String nextSyncToken) {

  /** One tombstone. */
  public record TombstoneAnswer(
      String id,
      String type,
      String locale,
      @Schema(enumeration = {"unpublished", "deleted"}) String reason) {}
}
