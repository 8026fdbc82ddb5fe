package no.ordna.cms.api.delivery;

import jakarta.json.JsonObject;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published item as the delivery API serves it, in the locale it was served in. Documents the
 * shape of the precomputed answers (they are made in the core and cached as bytes); each type's
 * exact fields are in {@code GET /api/v1/content-types/{key}/schema} and {@code types.d.ts}.
 */
@Schema(description = "A published item in the locale it was served in")
public record DeliveryItem(
    @Schema(format = "uuid", required = true) String id,
    @Schema(description = "Content type key", required = true) String type,
    @Schema(description = "The locale served", required = true) String locale,
    @Schema(nullable = true) String slug,
    @Schema(required = true) String title,
    @Schema(description = "The published revision", required = true) int revision,
    @Schema(format = "date-time", required = true) String publishedAt,
    @Schema(format = "date-time", required = true) String firstPublishedAt,
    @Schema(
            format = "date-time",
            required = true,
            description = "The type's publishDate field when set, else the first publication")
        String publishDate,
    @Schema(
            description = "true when served in another locale than the one asked for",
            required = true)
        boolean fallback,
    @Schema(
            description =
                "Fields empty in the served locale, with the locale their value came from")
        Map<String, String> fieldFallbacks,
    @Schema(
            required = true,
            description =
                "Field values by field key, as the type defines them (see the type's JSON"
                    + " Schema); blocks are [{type, id, fields}], references and assets ids")
        JsonObject fields) {}
