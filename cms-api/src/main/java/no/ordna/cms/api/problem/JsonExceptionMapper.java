package no.ordna.cms.api.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.ordna.cms.shared.CmsException;

/** A body that is not well-formed JSON: 400, with no parser internals in the answer. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException e) {
    var product = CmsException.in(e);
    if (product.isPresent()) {
      return CmsExceptionMapper.map(product.get());
    }
    return Problems.response(
        400, "malformed-json", "Malformed JSON", "The request body is not well-formed JSON");
  }
}
