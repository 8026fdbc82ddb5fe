package no.ordna.cms.api.content;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One changed paragraph of a rich-text value, or one changed block of a blocks value. */
@Schema(description = "A changed paragraph or block; positions are 0-based")
@JsonbPropertyOrder({
  "change",
  "id",
  "type",
  "beforeIndex",
  "afterIndex",
  "before",
  "after",
  "fields"
})
public record PartChangeView(
    @Schema(enumeration = {"added", "removed", "changed", "moved"}) String change,
    @Schema(description = "A block's id") String id,
    @Schema(description = "A block's type") String type,
    Integer beforeIndex,
    Integer afterIndex,
    @Schema(description = "The paragraph's HTML or the block before; any JSON value")
        JsonValue before,
    @Schema(description = "The paragraph's HTML or the block after; any JSON value")
        JsonValue after,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "A changed block's changed fields")
        List<String> fields) {}
