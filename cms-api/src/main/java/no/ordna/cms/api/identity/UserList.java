package no.ordna.cms.api.identity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every user. */
@Schema(name = "UserList", description = "Every user")
public record UserList(
    @Schema(type = SchemaType.ARRAY, implementation = UserView.class, required = true)
        List<UserView> items) {}
