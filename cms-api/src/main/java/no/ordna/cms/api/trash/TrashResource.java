package no.ordna.cms.api.trash;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.ordna.cms.api.content.ItemMapper;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.trash.application.TrashService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trash: deleted items, restorable until their retention period ends. */
@Path("manage/trash")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TrashResource {

  @Inject TrashService trash;
  @Inject CallerContext callerContext;

  @GET
  @Operation(
      summary = "Items in the trash, most recently deleted first, with when they will be purged")
  public Response list(
      @Parameter(description = "1-100, default 50") @QueryParam("limit") String limit,
      @Parameter(description = "Items to skip") @QueryParam("offset") String offset) {
    Caller caller = callerContext.caller();
    int size = number(limit, 50, 1, 100, "limit");
    int skip = number(offset, 0, 0, 1_000_000, "offset");
    List<ContentItem> items = trash.list(skip, size, caller);
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    for (ContentItem item : items) {
      JsonArrayBuilder titles = Jsons.createArrayBuilder();
      item.variants().stream()
          .map(ContentVariant::title)
          .filter(t -> t != null)
          .forEach(titles::add);
      // the same titles by locale, so a client can mark each in its language
      var variants = Jsons.createObjectBuilder();
      item.variants()
          .forEach(
              v -> {
                var summary = Jsons.createObjectBuilder();
                if (v.title() != null) {
                  summary.add("title", v.title());
                }
                variants.add(v.locale(), summary);
              });
      array.add(
          Jsons.createObjectBuilder()
              .add("id", item.id())
              .add("type", item.typeKey())
              .add("originalLocale", item.originalLocale())
              .add("titles", titles)
              .add("variants", variants)
              .add("deletedAt", item.deletedAt().toString())
              .add("deletedBy", item.deletedBy())
              .add("purgeAt", trash.purgeAt(item).toString()));
    }
    return Response.ok(Jsons.createObjectBuilder().add("items", array).build()).build();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Take an item out of the trash (its variants come back unpublished)")
  public Response restore(@PathParam("id") String id) {
    ContentItem item = trash.restore(id, callerContext.caller());
    return Response.ok(ItemMapper.item(item)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Delete a trashed item for good, before its retention period ends (administrators only)")
  public Response purge(@PathParam("id") String id) {
    trash.purge(id, callerContext.caller());
    return Response.noContent().build();
  }

  private static int number(String text, int fallback, int min, int max, String name) {
    if (text == null) {
      return fallback;
    }
    if (!text.matches("\\d{1,7}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
      throw InvalidInputException.of(name, "must be a whole number from " + min + " to " + max);
    }
    return Integer.parseInt(text);
  }
}
