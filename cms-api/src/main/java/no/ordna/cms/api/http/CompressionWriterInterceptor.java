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
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import no.ordna.cms.shared.compression.Compression;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * Compresses the API's JSON, XML and text answers with Brotli or gzip, as the client's {@code
 * Accept-Encoding} prefers (see {@link AcceptEncoding}); every such answer says {@code Vary:
 * Accept-Encoding}. Answers that carry their own {@code Content-Encoding} (delivery answers, which
 * keep precomputed compressed bytes) and binary ones (files) pass unchanged.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class CompressionWriterInterceptor implements WriterInterceptor {

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
    ContentCoding coding =
        AcceptEncoding.choose(
            request.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
            true,
            Compression.brotliAvailable());
    if (coding == ContentCoding.IDENTITY) {
      context.proceed();
      return;
    }
    headers.putSingle(HttpHeaders.CONTENT_ENCODING, coding.token());
    headers.remove(HttpHeaders.CONTENT_LENGTH);
    OutputStream out = context.getOutputStream();
    OutputStream compressed =
        coding == ContentCoding.BROTLI
            ? Compression.brotliStream(new KeepOpen(out))
            : new GZIPOutputStream(new KeepOpen(out));
    context.setOutputStream(compressed);
    try {
      context.proceed();
    } finally {
      compressed.close(); // finishes the compressed stream; the container closes its own
    }
  }

  /** The container's stream, not closed when the compressing stream around it is. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
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
