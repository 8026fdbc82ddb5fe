package no.ordna.cms.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses the API's JSON, XML and text answers with gzip for clients that take it; every such
 * answer says {@code Vary: Accept-Encoding}. Answers that carry their own {@code Content-Encoding}
 * (delivery answers, which keep precomputed gzip bytes) and binary ones (files) pass unchanged.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class GzipWriterInterceptor implements WriterInterceptor {

  @Context HttpHeaders request;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    MultivaluedMap<String, Object> headers = context.getHeaders();
    if (headers.containsKey(HttpHeaders.CONTENT_ENCODING)
        || !compressible(context.getMediaType())) {
      context.proceed();
      return;
    }
    // the answer depends on the header whether or not this client takes gzip
    Object vary = headers.getFirst(HttpHeaders.VARY);
    if (vary == null) {
      headers.putSingle(HttpHeaders.VARY, "Accept-Encoding");
    } else if (!vary.toString().toLowerCase(Locale.ROOT).contains("accept-encoding")) {
      headers.putSingle(HttpHeaders.VARY, vary + ", Accept-Encoding");
    }
    if (!AcceptEncoding.gzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
      context.proceed();
      return;
    }
    headers.putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
    headers.remove(HttpHeaders.CONTENT_LENGTH);
    GZIPOutputStream zipped = new GZIPOutputStream(context.getOutputStream());
    context.setOutputStream(zipped);
    try {
      context.proceed();
    } finally {
      zipped.finish();
    }
  }

  static boolean compressible(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    return type.getType().equals("text")
        || subtype.contains("json")
        || subtype.contains("xml")
        || subtype.contains("typescript");
  }
}
