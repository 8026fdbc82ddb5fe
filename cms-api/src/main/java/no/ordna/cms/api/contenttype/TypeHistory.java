package no.ordna.cms.api.contenttype;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every version of a type's definition, oldest first. */
@Schema(name = "ContentTypeHistory", description = "Every version of a type's definition")
public record TypeHistory(
    @Schema(type = SchemaType.ARRAY, implementation = TypeVersionView.class, required = true)
        List<TypeVersionView> items) {}
