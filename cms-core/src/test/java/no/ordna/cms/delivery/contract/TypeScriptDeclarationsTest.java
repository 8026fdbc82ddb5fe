package no.ordna.cms.delivery.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.ordna.cms.contenttype.domain.TypeKind;
import org.junit.jupiter.api.Test;

class TypeScriptDeclarationsTest {

  private static final String SOURCE =
      new TypeScriptDeclarations(
              List.of(ContractFixtures.event()),
              ContractFixtures.blocks(),
              ContractFixtures.LOCALES)
          .source("Test site");

  @Test
  void aTypeBecomesAnItemWithTypedFields() {
    assertTrue(SOURCE.contains("export type Event = DeliveryItem<'event', EventFields>;"), SOURCE);
    assertTrue(SOURCE.contains("  title: string;"));
    assertTrue(SOURCE.contains("  kind?: 'talk' | 'workshop';"));
    assertTrue(SOURCE.contains("  seats?: number;"));
    assertTrue(SOURCE.contains("  day: IsoDate;"));
    assertTrue(SOURCE.contains("  host?: ItemId;"));
    assertTrue(SOURCE.contains("  photos?: Array<AssetId>;"));
    assertTrue(SOURCE.contains("  content?: Array<QuoteBlock>;"));
    assertTrue(SOURCE.contains("export type Locale = 'nb' | 'se';"));
  }

  @Test
  void blockTypesBecomeInterfacesWithALiteralType() {
    assertTrue(SOURCE.contains("export interface FactBoxBlock {\n  type: 'fact-box';"), SOURCE);
  }

  @Test
  void aTypeNamedLikeAFixedDeclarationGetsASuffix() {
    String source =
        new TypeScriptDeclarations(
                List.of(
                    ContractFixtures.type(
                        "{\"key\": \"asset\", \"name\": {\"nb\": \"x\"}, \"fields\": [{\"key\":"
                            + " \"title\", \"type\": \"text\"}]}",
                        TypeKind.CONTENT)),
                ContractFixtures.blocks(),
                ContractFixtures.LOCALES)
            .source("Test site");
    assertTrue(source.contains("export type AssetItem = DeliveryItem<'asset', AssetItemFields>;"));
    assertTrue(source.contains("  asset: AssetItem;"));
  }

  @Test
  void namesAndPropertiesAreValidTypeScript() {
    assertEquals("DocumentLink", TypeScriptDeclarations.pascal("document-link"));
    assertEquals("T2col", TypeScriptDeclarations.pascal("2col"));
    assertEquals("'fact-box'", TypeScriptDeclarations.property("fact-box"));
    assertEquals("title", TypeScriptDeclarations.property("title"));
    assertEquals("'it\\'s'", TypeScriptDeclarations.literal("it's"));
  }
}
