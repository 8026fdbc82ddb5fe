package no.ordna.cms.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.shared.CmsException;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.StorageFailures;
import no.ordna.cms.shared.UnavailableException;

/**
 * Everything else. Known causes inside wrappers (a product exception inside a transaction
 * exception, a concurrent update, a unique key hit by a race, an unreadable body) get their proper
 * 4xx, an unreachable database a 503 with Retry-After; the rest is a 500 with an incident id,
 * logged at ERROR, and never a stack trace to the client.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Optional<ConflictException> conflict = StorageFailures.asConflict(e);
    if (conflict.isPresent()) {
      return CmsExceptionMapper.map(conflict.get());
    }
    Optional<UnavailableException> unavailable = StorageFailures.asUnavailable(e);
    if (unavailable.isPresent()) {
      LOG.warning(() -> "Database unreachable: " + rootMessage(e));
      return CmsExceptionMapper.map(unavailable.get());
    }
    Optional<CmsException> product = CmsException.in(e);
    if (product.isPresent()) {
      return CmsExceptionMapper.map(product.get());
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.json.JsonException
          || cause instanceof jakarta.json.bind.JsonbException
          || cause instanceof ProcessingException) {
        return Problems.response(
            400, "malformed-json", "Malformed JSON", "The request body is not well-formed JSON");
      }
      if (thrownByTheJsonParser(cause)) {
        // the parser refuses some input with a bare RuntimeException (more than 1,000 levels)
        return Problems.response(
            400,
            "malformed-json",
            "Malformed JSON",
            "The request body is not JSON this API reads (nested too deeply?)");
      }
    }
    return internalError(e);
  }

  /** Whether the JSON parser itself threw this while reading a request body. */
  static boolean thrownByTheJsonParser(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
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
