package no.ordna.cms.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.UnavailableException;
import no.ordna.cms.shared.Violation;

/** The product's exception categories as problem+json; 4xx are logged at FINE only. */
@Provider
public class CmsExceptionMapper implements ExceptionMapper<CmsException> {

  private static final Logger LOG = Logger.getLogger(CmsExceptionMapper.class.getName());

  @Override
  public Response toResponse(CmsException e) {
    return map(e);
  }

  static Response map(CmsException e) {
    LOG.log(Level.FINE, "request refused: {0}", e.getMessage());
    List<Violation> violations =
        e instanceof InvalidInputException invalid ? invalid.violations() : List.of();
    Response response =
        Problems.response(
            e.category().status(),
            e.problemType(),
            e.category().title(),
            e.getMessage(),
            violations,
            e.extensions());
    if (e.category() == CmsException.Category.UNAUTHORIZED) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cms\"")
          .build();
    }
    if (e instanceof no.ordna.cms.shared.TooManyRequestsException tooMany) {
      return Response.fromResponse(response)
          .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds())
          .build();
    }
    if (e instanceof UnavailableException unavailable) {
      return Response.fromResponse(response)
          .header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
          .build();
    }
    return response;
  }
}
