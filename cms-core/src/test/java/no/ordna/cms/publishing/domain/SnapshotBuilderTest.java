package no.ordna.cms.publishing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

  private static final String A = "aaaaaaaa-0000-4000-8000-000000000001";
  private static final String B = "bbbbbbbb-0000-4000-8000-000000000002";
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private static TypeDefinition type(String json) {
    Violations violations = new Violations();
    TypeDefinition type =
        TypeDefinitionParser.parse(
            Jsons.createReader(new StringReader(json)).readObject(), TypeKind.CONTENT, violations);
    violations.throwIfAny("bad fixture");
    return type;
  }

  private static SnapshotContent build(TypeDefinition type, String fieldsJson) {
    return new SnapshotBuilder(key -> Optional.empty())
        .build(
            type,
            new SnapshotBuilder.Source(
                "v",
                "i",
                "nb",
                "s",
                "T",
                1,
                Jsons.createReader(new StringReader(fieldsJson)).readObject(),
                Jsons.createObjectBuilder().build(),
                AT,
                AT));
  }

  @Test
  void eachIdOfAMultipleReferenceOrAssetFieldIsIndexedAndReferenced() {
    TypeDefinition type =
        type(
            """
            {"key": "t", "name": {"nb": "T"}, "fields": [
              {"key": "people", "type": "reference", "multiple": true, "localized": true},
              {"key": "photos", "type": "asset", "multiple": true, "localized": true},
              {"key": "owner", "type": "reference", "localized": true}
            ]}
            """);

    SnapshotContent content =
        build(
            type,
            "{\"people\": [\""
                + A
                + "\", \""
                + B
                + "\"], \"photos\": [\""
                + B
                + "\"], \"owner\": \""
                + A
                + "\"}");

    assertEquals(
        List.of(
            new IndexValue("people", A, null, null),
            new IndexValue("people", B, null, null),
            new IndexValue("photos", B, null, null),
            new IndexValue("owner", A, null, null)),
        content.index());
    assertEquals(Set.of(A, B), content.references());
    assertEquals(Set.of(B), content.assets());
  }
}
