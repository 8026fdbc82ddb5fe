package no.ordna.cms.api.localization;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of new locale settings. The body is read by the locale settings of the core
 * (every problem with its path); an answer of GET can be sent back changed.
 */
@Schema(
    name = "LocaleSettingsRequest",
    description =
        "New locale settings: BCP 47 codes of known ISO 639 languages, chains without cycles")
public record LocaleSettingsRequest(
    @Schema(name = "default", required = true, example = "nb") @JsonbProperty("default")
        String defaultLocale,
    @Schema(type = SchemaType.ARRAY, implementation = LocaleEntry.class, required = true)
        List<LocaleEntry> items) {

  /** One locale to configure. */
  @Schema(name = "LocaleEntry", description = "One locale and its fallback chain")
  public record LocaleEntry(
      @Schema(required = true, example = "se") String code,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              required = true,
              description = "The locales tried after this one, in order")
          List<String> fallback,
      @Schema(name = "default", description = "Ignored (the top-level default decides)")
          @JsonbProperty("default")
          Boolean isDefault,
      @Schema(description = "Ignored (names come from CLDR)") Map<String, String> name) {}
}
