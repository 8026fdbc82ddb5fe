package no.ordna.cms.api.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import no.ordna.cms.identity.application.IssuedMachineToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new machine token with its secret, which this answer shows once. */
@Schema(
    name = "IssuedMachineToken",
    description = "A new machine token with its secret, shown only in this answer")
@JsonbPropertyOrder({"id", "kind", "name", "scopes", "createdAt", "expiresAt", "token"})
public record IssuedMachineTokenView(
    @Schema(required = true) String id,
    @Schema(
            required = true,
            enumeration = {"machine"})
        String kind,
    @Schema(required = true) String name,
    @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true)
        List<String> scopes,
    @Schema(format = "date-time", required = true) String createdAt,
    @Schema(format = "date-time", required = true) String expiresAt,
    @Schema(required = true, description = "Send as Authorization: Bearer <token>") String token) {

  static IssuedMachineTokenView of(IssuedMachineToken issued) {
    TokenView view = TokenView.of(issued.token());
    return new IssuedMachineTokenView(
        view.id(),
        view.kind(),
        view.name(),
        view.scopes(),
        view.createdAt(),
        view.expiresAt(),
        issued.secret());
  }
}
