package no.ordna.cms.api.delivery;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a type's published items. */
@Schema(description = "A page of a type's published items")
public record DeliveryList(
    @Schema(required = true) String type,
    @Schema(required = true) String requestedLocale,
    @Schema(required = true, example = "-publishDate") String sort,
    @Schema(required = true) int limit,
    @Schema(required = true, type = SchemaType.ARRAY, implementation = DeliveryItem.class)
        List<DeliveryItem> items,
    @Schema(
            required = true,
            nullable = true,
            description = "The cursor of the next page (pass it as cursor), or null on the last")
        String next,
    @Schema(description = "Referenced items by id, when asked for with include=N")
        Map<String, DeliveryItem> included,
    // Assets the content uses, by id. No @Schema here: Payara's OpenAPI scanner takes an annotated
    // accessor whose name contains "set" for a setter and fails on it.
    Map<String, DeliveryAsset> assets) {}
