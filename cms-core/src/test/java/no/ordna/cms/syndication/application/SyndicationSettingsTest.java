package no.ordna.cms.syndication.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyndicationSettingsTest {

  @Test
  void theBaseUrlIsKeptWithoutTrailingSlash() {
    assertEquals(
        "https://www.example.no", SyndicationSettings.checkedBaseUrl("https://www.example.no/"));
    assertEquals(
        "http://localhost:3000/site",
        SyndicationSettings.checkedBaseUrl(" http://localhost:3000/site "));
  }

  @Test
  void anythingButAnAbsoluteHttpUrlIsRefused() {
    for (String bad :
        List.of("", "www.example.no", "/nb", "ftp://x.no", "https://x.no/?a=1", "http://")) {
      assertThrows(
          IllegalArgumentException.class, () -> SyndicationSettings.checkedBaseUrl(bad), bad);
    }
  }
}
