package no.ordna.cms.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.shared.CmsException;

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
    return Problems.response(Problem.of(e));
  }
}
