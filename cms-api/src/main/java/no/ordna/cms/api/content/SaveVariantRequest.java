package no.ordna.cms.api.content;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A variant save: its field values and, for a new translation, the locale it translates. */
@Schema(description = "A variant's values; unknown members are refused")
public record SaveVariantRequest(
    @Schema(
            required = true,
            description =
                "The variant's localized values (replaced) and the shared values to change, by"
                    + " field key; free-form")
        JsonObject fields,
    @Schema(description = "For a new variant: the locale it translates (default: the original)")
        String sourceLocale,
    @Schema(description = "Why; kept with the revision", maxLength = 1000) String comment) {}
