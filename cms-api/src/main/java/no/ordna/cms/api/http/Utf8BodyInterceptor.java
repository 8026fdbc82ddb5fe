package no.ordna.cms.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import no.ordna.cms.shared.InvalidInputException;

/**
 * JSON bodies must be UTF-8 (RFC 8259 §8.1): a body with bytes that are not is refused with 400
 * {@code body-not-utf8} before anything reads it, instead of being read with replacement characters
 * that would then be stored. The body is already limited in size at the edge.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class Utf8BodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "body-not-utf8", "The request body is not valid UTF-8; send JSON in UTF-8");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }
}
