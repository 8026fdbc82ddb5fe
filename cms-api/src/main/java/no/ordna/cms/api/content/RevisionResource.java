package no.ordna.cms.api.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.RevisionDiff;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A variant's history: its revisions, one revision, the diff of two, and restoring one. */
@Path("manage/items/{id}/variants/{locale}/revisions")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {

  @Inject ContentService content;
  @Inject CallerContext callerContext;

  @GET
  @Operation(summary = "The saved revisions of a variant, oldest first (who, when, comment)")
  public Response list(@PathParam("id") String id, @PathParam("locale") String locale) {
    callerContext.caller();
    return Response.ok(ItemMapper.revisions(content.revisions(id, locale, callerContext.caller())))
        .build();
  }

  @GET
  @Path("{number: \\d+}")
  @Operation(summary = "One revision with its localized and shared values")
  public Response one(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @PathParam("number") int number) {
    callerContext.caller();
    return Response.ok(ItemMapper.revision(content.revision(id, locale, number))).build();
  }

  @GET
  @Path("diff")
  @Operation(
      summary =
          "How two revisions differ, field by field (rich text by paragraph, blocks by block)")
  public Response diff(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @Parameter(description = "The older revision number") @QueryParam("from") String from,
      @Parameter(description = "The newer revision number") @QueryParam("to") String to) {
    callerContext.caller();
    Violations violations = new Violations();
    int a = number(from, "from", violations);
    int b = number(to, "to", violations);
    violations.throwIfAny("Invalid diff parameters");
    RevisionDiff diff = content.diff(id, locale, a, b);
    return Response.ok(
            Jsons.createObjectBuilder()
                .add("from", diff.from())
                .add("to", diff.to())
                .add("fields", changes(diff.fields()))
                .add("shared", changes(diff.shared()))
                .build())
        .build();
  }

  @POST
  @Path("{number: \\d+}/restore")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Restore a revision as a new draft revision (If-Match required)",
      description =
          "{\"comment\", \"includeShared\": false}: the revision's localized values, and with includeShared its shared values too.")
  public Response restore(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @PathParam("number") int number,
      JsonValue body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Violations violations = new Violations();
    StrictObject request =
        new StrictObject(
            body == null ? JsonValue.EMPTY_JSON_OBJECT : RequestBodies.require(body),
            "",
            violations);
    request.allowOnly(Set.of("comment", "includeShared"));
    String comment = request.string("comment", false).orElse(null);
    boolean includeShared = request.bool("includeShared", false);
    violations.throwIfAny("Invalid restore");
    SavedVariant saved =
        content.restoreRevision(
            id, locale, number, includeShared, comment, ifMatch, callerContext.caller());
    return Response.ok(ItemMapper.item(saved.item()))
        .tag(ItemResource.tag(saved.item().etag()))
        .build();
  }

  private static JsonArrayBuilder changes(List<FieldChange> changes) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    changes.forEach(c -> array.add(c.toJson()));
    return array;
  }

  private static int number(String text, String name, Violations violations) {
    if (text == null || !text.matches("\\d{1,9}")) {
      violations.add(name, "must be a revision number");
      return 0;
    }
    return Integer.parseInt(text);
  }
}
