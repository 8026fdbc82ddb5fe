package no.ordna.cms.api.delivery;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published item: the item's members and what the answer adds around it. */
@Schema(
    description =
        "One published item (the members of DeliveryItem) with the locale asked for, the"
            + " locales it is published in, and the referenced items and assets it uses")
public record DeliveryItemAnswer(
    @Schema(format = "uuid", required = true) String id,
    @Schema(required = true) String type,
    @Schema(required = true) String locale,
    @Schema(nullable = true) String slug,
    @Schema(required = true) String title,
    @Schema(required = true) int revision,
    @Schema(format = "date-time", required = true) String publishedAt,
    @Schema(format = "date-time", required = true) String firstPublishedAt,
    @Schema(format = "date-time", required = true) String publishDate,
    @Schema(required = true) boolean fallback,
    Map<String, String> fieldFallbacks,
    @Schema(required = true, description = "Field values by field key, as the type defines them")
        JsonObject fields,
    @Schema(required = true) String requestedLocale,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            required = true,
            description = "The locales the item is published in")
        List<String> availableLocales,
    @Schema(description = "Referenced items by id, when asked for with include=N")
        Map<String, DeliveryItem> included,
    // Assets the content uses, by id. No @Schema here: Payara's OpenAPI scanner takes an annotated
    // accessor whose name contains "set" for a setter and fails on it.
    Map<String, DeliveryAsset> assets) {}
