package no.ordna.cms.api.contenttype;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.ContentTypeVersion;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;

/** Content and block types as they go over the wire: the definition plus its metadata. */
public final class TypeMapper {

  private TypeMapper() {}

  public static JsonObject toJson(ContentType type) {
    JsonObjectBuilder json = Jsons.createObjectBuilder(type.definition().toJson());
    json.add("kind", type.kind().wireName())
        .add("version", type.definitionVersion())
        .add("builtIn", type.builtIn())
        .add("createdAt", type.createdAt().toString())
        .add("updatedAt", type.updatedAt().toString())
        .add("updatedBy", type.updatedBy());
    return json.build();
  }

  public static JsonObject list(List<ContentType> types) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    types.forEach(t -> items.add(toJson(t)));
    return Jsons.createObjectBuilder().add("items", items).build();
  }

  public static JsonObject history(List<ContentTypeVersion> versions) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    for (ContentTypeVersion version : versions) {
      items.add(
          Jsons.createObjectBuilder()
              .add("version", version.definitionVersion())
              .add("createdAt", version.createdAt().toString())
              .add("createdBy", version.createdBy())
              .add("changes", JsonDocuments.parseArray(version.changes()))
              .add("definition", JsonDocuments.parseObject(version.definition())));
    }
    return Jsons.createObjectBuilder().add("items", items).build();
  }
}
