package no.ordna.cms.api.contenttype;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every type of a kind. */
@Schema(name = "ContentTypeList", description = "Every content type, or every block type")
public record TypeList(
    @Schema(type = SchemaType.ARRAY, implementation = TypeView.class, required = true)
        List<TypeView> items) {}
