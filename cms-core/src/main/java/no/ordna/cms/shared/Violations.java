package no.ordna.cms.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a request or document is checked, then throws them all at once. */
public final class Violations {

  private final List<Violation> list = new ArrayList<>();

  public void add(String path, String message) {
    list.add(new Violation(path, message));
  }

  /** Whether something at {@code path} (or inside it) was reported already. */
  public boolean touches(String path) {
    return list.stream()
        .anyMatch(
            v ->
                v.path().equals(path)
                    || v.path().startsWith(path + ".")
                    || v.path().startsWith(path + "["));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Violation> list() {
    return List.copyOf(list);
  }

  /** Throws {@link InvalidInputException} with everything collected, if anything was. */
  public void throwIfAny(String summary) {
    if (list.isEmpty()) {
      return;
    }
    String detail =
        list.size() == 1
            ? summary + ": " + list.get(0).path() + " " + list.get(0).message()
            : summary + ": " + list.size() + " problems, see errors";
    throw new InvalidInputException(detail, list);
  }
}
