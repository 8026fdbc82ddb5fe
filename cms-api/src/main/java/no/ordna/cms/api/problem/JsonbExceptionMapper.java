package no.ordna.cms.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.ordna.cms.shared.CmsException;

/** A body JSON-B could not read (malformed, or of the wrong shape): 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException e) {
    var product = CmsException.in(e);
    if (product.isPresent()) {
      return CmsExceptionMapper.map(product.get());
    }
    return Problems.response(
        400,
        "malformed-json",
        "Malformed JSON",
        "The request body is not well-formed JSON of the expected shape");
  }
}
