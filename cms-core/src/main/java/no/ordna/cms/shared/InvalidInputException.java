package no.ordna.cms.shared;

import java.util.List;
import java.util.Map;

/** The request is malformed or fails validation; lists every offending field path. */
public class InvalidInputException extends CmsException {

  private final List<Violation> violations;

  public InvalidInputException(String detail, List<Violation> violations) {
    super("validation-failed", detail, Map.of());
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String problemType, String detail) {
    super(problemType, detail, Map.of());
    this.violations = List.of();
  }

  /** A single violation, with the detail taken from it. */
  public static InvalidInputException of(String path, String message) {
    return new InvalidInputException(path + ": " + message, List.of(new Violation(path, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public Category category() {
    return Category.INVALID;
  }
}
