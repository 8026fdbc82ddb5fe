package no.ordna.cms.delivery.contract;

import jakarta.json.JsonObject;
import java.util.List;
import no.ordna.cms.shared.Jsons;

/** An entry of a delivery answer's {@code assets} map: the file's facts and its texts. */
final class AssetSchema {

  private AssetSchema() {}

  static JsonObject asset() {
    var text = Jsons.createObjectBuilder().add("type", "string");
    var integer = Jsons.createObjectBuilder().add("type", "integer").add("minimum", 0);
    var fraction =
        Jsons.createObjectBuilder().add("type", "number").add("minimum", 0).add("maximum", 1);
    return Jsons.createObjectBuilder()
        .add("type", "object")
        .add("required", Jsons.createArrayBuilder(List.of("id", "url", "mediaType")))
        .add(
            "properties",
            Jsons.createObjectBuilder()
                .add("id", DeliverySchema.string("uuid"))
                .add(
                    "url",
                    Jsons.createObjectBuilder()
                        .add("type", "string")
                        .add("description", "the file, versioned: cache it for a year"))
                .add("fileName", text)
                .add("mediaType", text)
                .add("size", integer)
                .add("width", integer)
                .add("height", integer)
                .add("pageCount", integer)
                .add("pdfTitle", text)
                .add(
                    "focalPoint",
                    Jsons.createObjectBuilder()
                        .add("type", "object")
                        .add(
                            "properties",
                            Jsons.createObjectBuilder().add("x", fraction).add("y", fraction))
                        .add("required", Jsons.createArrayBuilder(List.of("x", "y"))))
                .add("title", text)
                .add("alt", text)
                .add("caption", text)
                .add("credit", text)
                .add("licence", text)
                .add(
                    "textLocales",
                    Jsons.createObjectBuilder()
                        .add("type", "object")
                        .add(
                            "description",
                            "the locale each text came from along the fallback chain")
                        .add("additionalProperties", DeliverySchema.ref("locale"))))
        .add("additionalProperties", false)
        .build();
  }
}
