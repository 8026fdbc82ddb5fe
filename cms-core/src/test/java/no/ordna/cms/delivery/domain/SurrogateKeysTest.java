package no.ordna.cms.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurrogateKeysTest {

  @Test
  void anAnswersKeysAreItsTagsWithPublicNamesItsLocaleAndTheGlobalKey() {
    Representation r =
        new Representation(
            "{}".getBytes(StandardCharsets.UTF_8),
            "\"e\"",
            Instant.EPOCH,
            "se",
            new LinkedHashSet<>(List.of("item:a", "typedef:article", "asset:b")));
    assertEquals("item:a typedef:article asset:b locale:se cms", r.surrogateKey());
    assertEquals("item:a,typedef:article,asset:b,locale:se,cms", r.cacheTag());
    assertEquals(List.of("sitemap", "cms"), SurrogateKeys.of(Set.of(Representation.ALL), null));
    assertEquals(List.of("typedefs", "cms"), SurrogateKeys.of(Set.of("typedef:*"), ""));
  }

  @Test
  void aTooLongHeaderTradesItemKeysForTheTypeKeysThatPurgeThemToo() {
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < 300; i++) {
      tags.add("item:" + UUID.randomUUID());
    }
    tags.add("typedef:article");
    tags.add("typedef:person");
    tags.add("type:article");
    List<String> keys = SurrogateKeys.of(tags, "nb");
    assertTrue(String.join(" ", keys).length() <= SurrogateKeys.MAX_HEADER_BYTES);
    assertFalse(keys.stream().anyMatch(k -> k.startsWith("item:")));
    assertTrue(keys.containsAll(List.of("type:article", "type:person", "typedef:person", "cms")));
  }
}
