package no.ordna.cms.api.delivery;

import jakarta.ws.rs.core.Response;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;

/** Turns a delivery representation into an HTTP answer with its caching headers. */
final class DeliveryResponses {

  private DeliveryResponses() {}

  static Response of(Representation r, String ifNoneMatch, String cacheControl) {
    boolean notModified = CachePolicy.matches(ifNoneMatch, r.etag());
    Response.ResponseBuilder response =
        notModified
            ? Response.notModified()
            : Response.ok(r.body(), "application/json; charset=UTF-8");
    return response
        .header("ETag", r.etag())
        .header("Cache-Control", cacheControl)
        .header("Vary", CachePolicy.VARY)
        .header("Last-Modified", r.lastModifiedHeader())
        .header("Content-Language", r.contentLanguage())
        .build();
  }
}
