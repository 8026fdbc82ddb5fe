package no.ordna.cms.api.http;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.asset.application.FileRequest;
import no.ordna.cms.shared.InvalidInputException;

/**
 * The query of {@code GET /api/v1/assets/{id}/{fileName}} (as the servlet has it decoded) as a
 * {@link FileRequest}: only {@code v}, {@code w}, {@code fm} and {@code crop}, each at most once;
 * anything else is a 400 naming the parameter.
 */
public final class AssetFileQuery {

  static final Set<String> PARAMETERS = Set.of("v", "w", "fm", "crop");

  private AssetFileQuery() {}

  public static FileRequest parse(Map<String, String[]> parameters) {
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw InvalidInputException.of(name, "unknown parameter; known: " + PARAMETERS);
      }
    }
    return new FileRequest(
        single(parameters, "v"),
        single(parameters, "w"),
        single(parameters, "fm"),
        single(parameters, "crop"));
  }

  private static Optional<String> single(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    if (values == null) {
      return Optional.empty();
    }
    if (values.length != 1) {
      throw InvalidInputException.of(name, "give it once");
    }
    return Optional.of(values[0]);
  }
}
