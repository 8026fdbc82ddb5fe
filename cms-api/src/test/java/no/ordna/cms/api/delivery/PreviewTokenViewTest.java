package no.ordna.cms.api.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.ordna.cms.api.WireJson;
import org.junit.jupiter.api.Test;

class PreviewTokenViewTest {

  static final String START =
      "{\"token\":\"t\",\"expiresAt\":\"2026-11-29T10:00:00Z\",\"scopes\":[\"delivery:preview\"],"
          + "\"types\":[\"article\"]";

  private static String json(String previewUrl) {
    return WireJson.write(
        new PreviewTokenView(
            "t",
            "2026-11-29T10:00:00Z",
            List.of("delivery:preview"),
            List.of("article"),
            previewUrl));
  }

  @Test
  void previewUrlIsLeftOutWhenNoVariantWasNamed() {
    assertEquals(
        START + "}",
        WireJson.write(
            new PreviewTokenView.Plain(
                "t", "2026-11-29T10:00:00Z", List.of("delivery:preview"), List.of("article"))));
  }

  @Test
  void previewUrlIsNullWhenTheTypeHasNoneElseTheUrl() {
    assertEquals(START + ",\"previewUrl\":null}", json(null));
    assertEquals(
        START + ",\"previewUrl\":\"https://www.example.no/p?id=1\"}",
        json("https://www.example.no/p?id=1"));
  }
}
