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
 * passwords), and query parameters so named. The log scan at the end of the run looks for each of
 * them.
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

  /**
   * Records the values of query parameters named like secrets ({@code access_token}, {@code
   * password} …) in a request path.
   */
  public static void recordQuery(String path) {
    inQuery(path).forEach(Secrets::record);
  }

  /**
   * The values of query parameters named like secrets in a request path, without recording them.
   */
  public static Set<String> inQuery(String path) {
    Set<String> found = new TreeSet<>();
    int query = path == null ? -1 : path.indexOf('?');
    if (query < 0) {
      return found;
    }
    for (String pair : path.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && secretName(decode(pair.substring(0, equals)))) {
        found.add(decode(pair.substring(equals + 1)));
      }
    }
    return found;
  }

  private static String decode(String text) {
    try {
      return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  /** Records the secret members of a body, if it is JSON (anything else is ignored). */
  public static void recordJson(String body) {
    inJson(body).forEach(Secrets::record);
  }

  /** The secret members' values of a body, if it is JSON, without recording them. */
  public static Set<String> inJson(String body) {
    Set<String> found = new TreeSet<>();
    if (body == null) {
      return found;
    }
    String trimmed = body.strip();
    if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
      return found;
    }
    try (JsonReader reader = Json.createReader(new StringReader(trimmed))) {
      walk(reader.readValue(), null, found);
    } catch (RuntimeException notJson) {
      // a deliberately malformed body: it holds nothing the product accepted
    }
    return found;
  }

  private static void walk(JsonValue value, String name, Set<String> found) {
    switch (value.getValueType()) {
      case OBJECT -> {
        for (var member : ((JsonObject) value).entrySet()) {
          walk(member.getValue(), member.getKey(), found);
        }
      }
      case ARRAY -> {
        for (JsonValue element : (JsonArray) value) {
          walk(element, name, found);
        }
      }
      case STRING -> {
        if (name != null && secretName(name)) {
          found.add(((JsonString) value).getString());
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
