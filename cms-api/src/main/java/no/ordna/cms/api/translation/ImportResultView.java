package no.ordna.cms.api.translation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of an XLIFF import: how many items were saved, and each item with its units. */
@Schema(
    name = "TranslationImportResult",
    description = "How many items were saved, and each item of the file with its units")
@JsonbPropertyOrder({"imported", "items"})
public record ImportResultView(
    @Schema(required = true, description = "Items a revision was saved for") int imported,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = Item.class)
        List<Item> items) {

  /** One item of the file. */
  @Schema(name = "ImportedTranslation", description = "One item of the imported file")
  @JsonbPropertyOrder({
    "itemId",
    "locale",
    "created",
    "revision",
    "status",
    "changed",
    "sourceRevision",
    "units"
  })
  public record Item(
      @Schema(required = true) String itemId,
      @Schema(required = true) String locale,
      @Schema(required = true, description = "Whether the variant is new") boolean created,
      @Schema(required = true) int revision,
      @Schema(required = true) String status,
      @Schema(required = true, description = "Whether a revision was saved") boolean changed,
      @Schema(required = true, description = "The source revision the file was exported from")
          int sourceRevision,
      @Schema(required = true, type = SchemaType.ARRAY, implementation = Unit.class)
          List<Unit> units) {}

  /** What the import did with one unit. */
  @Schema(name = "ImportedUnit", description = "What the import did with one unit")
  @JsonbPropertyOrder({"id", "result", "sourceChanged"})
  public record Unit(
      @Schema(required = true) String id,
      @Schema(
              required = true,
              enumeration = {"applied", "unchanged"})
          String result,
      @Schema(
              required = true,
              description =
                  "The source's text changed since the export (the translation stays outdated)")
          boolean sourceChanged) {}
}
