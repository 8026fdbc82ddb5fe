package no.ordna.cms.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every password, token and secret the run used, recorded by the test clients ({@link Api}, {@link
 * RawHttp}) as requests and answers pass through them: bearer tokens of {@code Authorization}
 * headers, and the string values of JSON members named {@code password}, {@code …Password}, {@code
 * secret}, {@code …Secret}, {@code token} or {@code …Token} in request and answer bodies (user
 * passwords, wrong guesses, sign-in and machine tokens, preview tokens, webhook secrets, generated
 * passwords). The log scan at the end of the run looks for each of them.
 */
public final class Secrets {

  /** Shorter values (such as a deliberately short password) are too likely to occur by chance. */
  private static final int MIN_LENGTH = 8;

  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private Secrets() {}

  /**
   * Records one secret value. A plain word (letters only, such as {@code password} sent as a wrong
   * one) is left out: it occurs in any log as a word (paths, messages), so finding it says nothing.
   */
  public static void record(String value) {
    if (value != null && value.length() >= MIN_LENGTH && !value.matches("\\p{L}+")) {
      SEEN.add(value);
    }
  }

  /** Records the token of an {@code Authorization: Bearer …} header value. */
  public static void recordAuthorization(String headerValue) {
    if (headerValue != null && headerValue.regionMatches(true, 0, "Bearer ", 0, 7)) {
      record(headerValue.substring(7).trim());
    }
  }

  /** Records the secret members of a body, if it is JSON (anything else is ignored). */
  public static void recordJson(String body) {
    if (body == null) {
      return;
    }
    String trimmed = body.strip();
    if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
      return;
    }
    try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
      walk(reader.readValue(), null);
    } catch (RuntimeException notJson) {
      // a deliberately malformed body: it holds nothing the product accepted
    }
  }

  private static void walk(JsonValue value, String name) {
    switch (value.getValueType()) {
      case OBJECT -> {
        for (var member : ((JsonObject) value).entrySet()) {
          walk(member.getValue(), member.getKey());
        }
      }
      case ARRAY -> {
        for (JsonValue element : (JsonArray) value) {
          walk(element, name);
        }
      }
      case STRING -> {
        if (name != null && secretName(name)) {
          record(((JsonString) value).getString());
        }
      }
      default -> {}
    }
  }

  private static boolean secretName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("password") || lower.endsWith("secret") || lower.endsWith("token");
  }

  /** All recorded so far, sorted. */
  public static Set<String> all() {
    return new TreeSet<>(SEEN);
  }
}
