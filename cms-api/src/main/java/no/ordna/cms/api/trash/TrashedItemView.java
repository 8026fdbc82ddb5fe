package no.ordna.cms.api.trash;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item in the trash, with its titles and when it will be deleted for good. */
@Schema(description = "An item in the trash")
@JsonbPropertyOrder({
  "id",
  "type",
  "originalLocale",
  "titles",
  "variants",
  "deletedAt",
  "deletedBy",
  "purgeAt"
})
public record TrashedItemView(
    @Schema(format = "uuid") String id,
    String type,
    String originalLocale,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Its variants' titles")
        List<String> titles,
    @Schema(description = "The same titles by locale") Map<String, TrashedVariantView> variants,
    @Schema(format = "date-time") String deletedAt,
    String deletedBy,
    @Schema(format = "date-time", description = "When it will be deleted for good")
        String purgeAt) {

  /** A trashed item's variant: its title, when it has one. */
  @Schema(name = "TrashedVariant", description = "A trashed item's variant")
  public record TrashedVariantView(String title) {}
}
