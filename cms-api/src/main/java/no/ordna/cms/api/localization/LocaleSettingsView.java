package no.ordna.cms.api.localization;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleSettings;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The configured locales, the default and each fallback chain. */
@Schema(
    name = "LocaleSettings",
    description = "The configured locales, the default and each fallback chain")
@JsonbPropertyOrder({"defaultLocale", "items"})
public record LocaleSettingsView(
    @Schema(name = "default", required = true, example = "nb") @JsonbProperty("default")
        String defaultLocale,
    @Schema(type = SchemaType.ARRAY, implementation = LocaleView.class, required = true)
        List<LocaleView> items) {

  /** One configured locale. */
  @Schema(name = "Locale", description = "One configured locale")
  @JsonbPropertyOrder({"code", "isDefault", "name", "fallback"})
  public record LocaleView(
      @Schema(required = true, description = "BCP 47 tag", example = "se") String code,
      @Schema(name = "default", required = true, description = "Whether this is the default")
          @JsonbProperty("default")
          boolean isDefault,
      @Schema(
              required = true,
              description = "The language's name in English (en), Norwegian Bokmål (nb) and itself")
          Map<String, String> name,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              required = true,
              description = "The locales tried after this one, in order")
          List<String> fallback) {}

  static LocaleSettingsView of(LocaleSettings settings) {
    return new LocaleSettingsView(
        settings.defaultLocale(),
        settings.locales().stream()
            .map(
                code ->
                    new LocaleView(
                        code,
                        code.equals(settings.defaultLocale()),
                        new TreeMap<>(LocaleService.names(code)),
                        settings.fallbackChain(code)))
            .toList());
  }
}
