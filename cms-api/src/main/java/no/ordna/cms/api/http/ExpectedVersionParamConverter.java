package no.ordna.cms.api.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import no.ordna.cms.shared.ExpectedVersion;

/**
 * Lets resources take {@code @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion
 * expected}: the header is parsed by {@link IfMatchHeader}; a malformed one ends the request with
 * its 400 problem (the mapper finds the product exception inside JAX-RS's parameter exception).
 */
@Provider
public class ExpectedVersionParamConverter implements ParamConverterProvider {

  private static final ParamConverter<ExpectedVersion> CONVERTER =
      new ParamConverter<>() {
        @Override
        public ExpectedVersion fromString(String value) {
          return IfMatchHeader.parse(value);
        }

        @Override
        public String toString(ExpectedVersion value) {
          return value.isAbsent() ? "" : value.toString();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    return rawType == ExpectedVersion.class ? (ParamConverter<T>) CONVERTER : null;
  }
}
