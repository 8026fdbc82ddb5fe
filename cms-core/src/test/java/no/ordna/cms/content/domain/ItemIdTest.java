package no.ordna.cms.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemIdTest {

  private static final String ID = "0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a";

  @Test
  void aLowerCaseUuidIsAnItemIdAndPrintsAsItself() {
    ItemId id = new ItemId(ID);

    assertEquals(ID, id.value());
    assertEquals(ID, id.toString());
    assertEquals(Optional.of(id), ItemId.parse(ID));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not-an-id",
        "0B5C6E1E-4B1A-4C2E-9D7A-3F1E2D4C5B6A",
        "0b5c6e1e4b1a4c2e9d7a3f1e2d4c5b6a",
        " 0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a",
        "0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a/x"
      })
  void anythingElseIsRefused(String text) {
    assertTrue(ItemId.parse(text).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new ItemId(text));
  }

  @Test
  void randomIdsAreValidAndDiffer() {
    assertNotEquals(ItemId.random(), ItemId.random());
    assertTrue(ItemId.isValid(ItemId.random().value()));
  }
}
