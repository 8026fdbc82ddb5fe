package no.ordna.cms.api.delivery;

import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.http.AcceptEncoding;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * Turns a delivery representation into an HTTP answer with its caching headers, sending its
 * precomputed gzip bytes to clients that take them.
 */
final class DeliveryResponses {

  private DeliveryResponses() {}

  /** A delivery answer: it varies by the reader's languages and by compression. */
  static Response of(
      Representation r,
      String mediaType,
      String ifNoneMatch,
      String acceptEncoding,
      String cacheControl) {
    return of(r, mediaType, ifNoneMatch, acceptEncoding, cacheControl, CachePolicy.VARY);
  }

  static Response of(
      Representation r,
      String mediaType,
      String ifNoneMatch,
      String acceptEncoding,
      String cacheControl,
      String vary) {
    boolean notModified = IfNoneMatchHeader.matches(ifNoneMatch, r.etag());
    ContentCoding coding = AcceptEncoding.choose(acceptEncoding, r);
    Response.ResponseBuilder response =
        notModified ? Response.notModified() : Response.ok(r.bytes(coding), mediaType);
    if (coding != ContentCoding.IDENTITY && !notModified) {
      response.header("Content-Encoding", coding.token());
    }
    response
        .header("ETag", r.etag())
        .header("Cache-Control", cacheControl)
        .header("Vary", vary)
        .header("Last-Modified", r.lastModifiedHeader());
    if (!cacheControl.startsWith("private")) {
      // what a cache in front files the answer under, so that a publish purges exactly it
      response.header("Surrogate-Key", r.surrogateKey()).header("Cache-Tag", r.cacheTag());
    }
    if (r.contentLanguage() != null && !r.contentLanguage().isEmpty()) {
      response.header("Content-Language", r.contentLanguage());
    }
    return response.build();
  }
}
