package no.ordna.cms.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.shared.CmsException;

/**
 * Everything else. Known causes inside wrappers (a product exception inside a transaction
 * exception, a concurrent update, a unique key hit by a race, an unreadable body) get their proper
 * 4xx; the rest is a 500 with an incident id, logged at ERROR, and never a stack trace to the
 * client.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CmsException cms) {
        return CmsExceptionMapper.map(cms);
      }
      if (cause instanceof OptimisticLockException) {
        return Problems.response(
            409,
            "concurrent-update",
            "Conflict",
            "Someone else changed this at the same moment; read it again and retry");
      }
      if (cause instanceof SQLIntegrityConstraintViolationException
          || (cause instanceof PersistenceException
              && String.valueOf(cause.getMessage()).toLowerCase().contains("duplicate"))) {
        return Problems.response(
            409, "duplicate", "Conflict", "A value that must be unique is already taken");
      }
      if (cause instanceof jakarta.json.JsonException
          || cause instanceof jakarta.json.bind.JsonbException
          || cause instanceof ProcessingException) {
        return Problems.response(
            400, "malformed-json", "Malformed JSON", "The request body is not well-formed JSON");
      }
    }
    return internalError(e);
  }

  static Response internalError(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
    return Problems.response(
        500,
        "internal-error",
        "Internal Server Error",
        "Something went wrong on our side; quote incident " + incident);
  }
}
