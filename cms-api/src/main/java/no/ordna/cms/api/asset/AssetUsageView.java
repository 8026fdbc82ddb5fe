package no.ordna.cms.api.asset;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The published and the draft variants that use an asset. */
@Schema(name = "AssetUsage", description = "The published and the draft variants that use it")
@JsonbPropertyOrder({"published", "drafts"})
public record AssetUsageView(
    @Schema(required = true, type = SchemaType.ARRAY, implementation = User.class)
        List<User> published,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = User.class)
        List<User> drafts) {

  /** One variant that uses the asset. */
  @Schema(name = "AssetUser", description = "A variant that uses the asset")
  @JsonbPropertyOrder({"itemId", "type", "locale", "title"})
  public record User(
      @Schema(required = true) String itemId,
      @Schema(required = true, description = "Content type key") String type,
      @Schema(required = true) String locale,
      @Schema(description = "Absent when the variant has no title") String title) {}
}
