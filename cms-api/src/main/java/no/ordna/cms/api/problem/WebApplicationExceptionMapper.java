package no.ordna.cms.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (no such path, method not allowed, unsupported media type, not acceptable,
 * empty body) as problem+json with their status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    // a parameter converter's refusal (a malformed If-Match, say) arrives wrapped by JAX-RS
    java.util.Optional<no.ordna.cms.shared.CmsException> product =
        no.ordna.cms.shared.CmsException.in(e.getCause());
    if (product.isPresent()) {
      return CmsExceptionMapper.map(product.get());
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return FallbackExceptionMapper.internalError(e);
    }
    Response.StatusType info = original.getStatusInfo();
    String type =
        switch (status) {
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 415 -> "unsupported-media-type";
          default -> "bad-request";
        };
    String detail =
        switch (status) {
          case 404 -> "No resource at this path";
          case 405 -> "This method is not allowed on this resource";
          case 406 -> "The API answers with application/json only";
          case 415 -> "Send a body with Content-Type: application/json";
          case 400 -> "The request could not be read; send a JSON body";
          default -> info.getReasonPhrase();
        };
    Response problem = Problems.response(status, type, info.getReasonPhrase(), detail);
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    if (original.getHeaderString("Allow") != null) {
      builder.header("Allow", original.getHeaderString("Allow"));
    }
    return builder.build();
  }
}
