package no.ordna.cms.api.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.api.WireJson;
import no.ordna.cms.api.trash.TrashedItemView.TrashedVariantView;
import org.junit.jupiter.api.Test;

class TrashListTest {

  @Test
  void aVariantWithoutTitleIsAnEmptyObject() {
    Map<String, TrashedVariantView> variants = new LinkedHashMap<>();
    variants.put("nb", new TrashedVariantView("Sámi"));
    variants.put("se", new TrashedVariantView(null));
    var item =
        new TrashedItemView(
            "i1",
            "article",
            "nb",
            List.of("Sámi"),
            variants,
            "2026-11-29T10:00:00Z",
            "anna",
            "2026-12-29T10:00:00Z");
    assertEquals(
        "{\"items\":[{\"id\":\"i1\",\"type\":\"article\",\"originalLocale\":\"nb\","
            + "\"titles\":[\"Sámi\"],\"variants\":{\"nb\":{\"title\":\"Sámi\"},\"se\":{}},"
            + "\"deletedAt\":\"2026-11-29T10:00:00Z\",\"deletedBy\":\"anna\","
            + "\"purgeAt\":\"2026-12-29T10:00:00Z\"}],\"next\":null}",
        WireJson.write(new TrashList(List.of(item), null)));
  }
}
