package no.ordna.cms.api.identity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Active tokens. */
@Schema(name = "TokenList", description = "Active tokens, never their secrets")
public record TokenList(
    @Schema(type = SchemaType.ARRAY, implementation = TokenView.class, required = true)
        List<TokenView> items) {}
