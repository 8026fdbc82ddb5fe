package no.ordna.cms.api.sync;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.sync.application.SyncPage;
import no.ordna.cms.sync.application.SyncService;
import no.ordna.cms.sync.domain.Tombstone;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/sync}: everything published, in pages ({@code ?locale=&type=}), then with
 * {@code ?token=} only what was published, changed, unpublished or deleted since. Public, like the
 * delivery API; answers are never cached.
 */
@Path("sync")
@RequestScoped
@Tag(name = "sync")
@Produces("application/json")
public class SyncResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject SyncService sync;

  @GET
  @Operation(
      operationId = "sync",
      summary = "Everything published (first sync), or what changed since a token",
      description =
          "Without token: a first sync of everything published (optionally one locale and one"
              + " content type), in pages. With token (a nextPageToken or nextSyncToken as given):"
              + " the next page, or the items published or changed since and tombstones of those"
              + " unpublished or deleted. Exactly one of nextPageToken and nextSyncToken is"
              + " given. Tokens are positions in the publication log: any instance takes them.")
  @Parameter(
      name = "locale",
      in = ParameterIn.QUERY,
      description = "First sync: only this locale (else all)")
  @Parameter(
      name = "type",
      in = ParameterIn.QUERY,
      description = "First sync: only this content type (else all)")
  @Parameter(
      name = "token",
      in = ParameterIn.QUERY,
      description = "A nextPageToken or nextSyncToken")
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "Items and tombstones per page, 1-200, default 100")
  @APIResponse(
      responseCode = "200",
      description = "A page",
      content = @Content(schema = @Schema(implementation = SyncAnswer.class)))
  @APIResponse(
      responseCode = "400",
      description = "Bad token, locale, type or limit",
      content = @Content(mediaType = PROBLEM))
  public Response sync(
      @QueryParam("locale") String locale,
      @QueryParam("type") String type,
      @QueryParam("token") String token,
      @QueryParam("limit") @DefaultValue("100") String limit) {
    if (!limit.matches("[0-9]{1,3}")) {
      throw InvalidInputException.of("limit", "must be from 1 to " + SyncService.MAX_LIMIT);
    }
    int size = Integer.parseInt(limit);
    if (token != null && (locale != null || type != null)) {
      throw InvalidInputException.of(
          "token", "a token carries its sync's locale and type: give token alone");
    }
    SyncPage page = token == null ? sync.start(locale, type, size) : sync.next(token, size);
    return Response.ok(body(page), "application/json; charset=UTF-8")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The answer, with each item's delivery answer written in as it is. */
  static byte[] body(SyncPage page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < page.items().size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(page.items().get(i));
    }
    JsonArrayBuilder deleted = Jsons.createArrayBuilder();
    for (Tombstone t : page.deleted()) {
      deleted.add(
          Jsons.createObjectBuilder()
              .add("id", t.id())
              .add("type", t.type())
              .add("locale", t.locale())
              .add("reason", t.reason().wireName()));
    }
    var tail = Jsons.createObjectBuilder().add("deleted", deleted);
    if (page.nextPageToken() == null) {
      tail.addNull("nextPageToken");
    } else {
      tail.add("nextPageToken", page.nextPageToken());
    }
    if (page.nextSyncToken() == null) {
      tail.addNull("nextSyncToken");
    } else {
      tail.add("nextSyncToken", page.nextSyncToken());
    }
    String rest = tail.build().toString();
    out.write(']');
    out.write(',');
    out.writeBytes(rest.substring(1).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
