package no.ordna.cms.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a client expects the current version of a resource to be, as it said with {@code If-Match}
 * (parsed at the HTTP edge): nothing said, any existing version ({@code *}), or one of a set of
 * strong entity tags. Weak tags never match an {@code If-Match} (RFC 9110, 13.1.1), so they are not
 * kept here at all.
 *
 * <p>{@link #require} is the one rule every change of an existing resource follows: nothing said is
 * 428 ({@link PreconditionRequiredException}), a version that is not the current one is 412 ({@link
 * PreconditionFailedException}, with the current ETag).
 */
public final class ExpectedVersion {

  private static final ExpectedVersion ABSENT = new ExpectedVersion(false, Set.of());
  private static final ExpectedVersion ANY = new ExpectedVersion(true, Set.of());

  private final boolean any;
  private final Set<String> tags;

  private ExpectedVersion(boolean any, Set<String> tags) {
    this.any = any;
    this.tags = tags;
  }

  /** No {@code If-Match} was sent. */
  public static ExpectedVersion absent() {
    return ABSENT;
  }

  /** {@code If-Match: *}: any existing version. */
  public static ExpectedVersion any() {
    return ANY;
  }

  /**
   * One of these strong entity tags, each with its quotes ({@code "v3.1"}). An empty set (a header
   * that listed only weak tags) matches nothing.
   *
   * @throws IllegalArgumentException for a tag that is not a quoted strong entity tag
   */
  public static ExpectedVersion anyOf(Collection<String> strongTags) {
    for (String tag : strongTags) {
      if (!isStrongTag(tag)) {
        throw new IllegalArgumentException("not a strong entity tag: " + tag);
      }
    }
    return new ExpectedVersion(false, Set.copyOf(new LinkedHashSet<>(strongTags)));
  }

  /** See {@link #anyOf(Collection)}. */
  public static ExpectedVersion anyOf(String... strongTags) {
    return anyOf(Arrays.asList(strongTags));
  }

  /** Whether {@code tag} is {@code "…"} with only the characters RFC 9110 allows between. */
  public static boolean isStrongTag(String tag) {
    if (tag == null || tag.length() < 2 || tag.charAt(0) != '"' || !tag.endsWith("\"")) {
      return false;
    }
    for (int i = 1; i < tag.length() - 1; i++) {
      char c = tag.charAt(i);
      if (c == '"' || c < 0x21 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  public boolean isAbsent() {
    return this == ABSENT;
  }

  public boolean isAny() {
    return any;
  }

  /** The strong tags listed (empty for absent and {@code *}). */
  public Set<String> tags() {
    return tags;
  }

  /**
   * Whether one of the resource's current tags satisfies this expectation: {@code *} matches any
   * existing resource, a list matches when it names one of them. Absent matches nothing.
   */
  public boolean matches(String currentEtag, String... alsoCurrent) {
    if (any) {
      return true;
    }
    if (tags.contains(currentEtag)) {
      return true;
    }
    for (String other : alsoCurrent) {
      if (tags.contains(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rule for every change of an existing resource: {@code If-Match} is required (428 without
   * it) and must match one of the resource's current tags (412 otherwise, naming {@code
   * currentEtag}). A resource with more than one tag (an item's variant answers to the item's tag
   * and its own) passes them all.
   *
   * @param what the resource as the client knows it ("item", "asset", "type"), for the detail
   */
  public void require(String what, String currentEtag, String... alsoCurrent) {
    if (isAbsent()) {
      throw new PreconditionRequiredException(
          "Send If-Match with the "
              + what
              + "'s ETag, so that no one's changes are overwritten (or * for any version)");
    }
    if (!matches(currentEtag, alsoCurrent)) {
      throw new PreconditionFailedException(
          "The " + what + " was changed since you read it; read it again and reapply your change",
          currentEtag);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpectedVersion that && any == that.any && tags.equals(that.tags);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(any) * 31 + tags.hashCode();
  }

  @Override
  public String toString() {
    return isAbsent() ? "(absent)" : any ? "*" : String.join(", ", tags);
  }
}
