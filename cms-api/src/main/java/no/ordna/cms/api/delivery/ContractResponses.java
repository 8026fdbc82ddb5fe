package no.ordna.cms.api.delivery;

import jakarta.ws.rs.core.Response;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;

/** The contract's answers: the bytes with a strong ETag (304), public caching, Last-Modified. */
final class ContractResponses {

  private ContractResponses() {}

  static Response of(Representation r, String mediaType, String ifNoneMatch, String cacheControl) {
    boolean notModified = CachePolicy.matches(ifNoneMatch, r.etag());
    return (notModified
            ? Response.notModified()
            : Response.ok(r.body(), mediaType + "; charset=UTF-8"))
        .header("ETag", r.etag())
        .header("Cache-Control", cacheControl)
        .header("Last-Modified", r.lastModifiedHeader())
        .build();
  }
}
