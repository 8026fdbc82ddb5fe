package no.ordna.cms.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP/JSON client for the CMS under test, with timeouts on every call. An instance holds
 * an optional bearer token; {@link #as(String)} and {@link #anonymous()} make variants.
 */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private final URI base;
  private final String token;

  public Api(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  public URI base() {
    return base;
  }

  public Api as(String bearerToken) {
    return new Api(base, bearerToken);
  }

  public Api anonymous() {
    return new Api(base, null);
  }

  public String token() {
    return token;
  }

  /** Signs in and returns the token, failing the test if sign-in fails. */
  public String login(String username, String password) {
    Reply reply =
        anonymous()
            .post(
                "/api/v1/auth/token",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("password", password)
                    .build());
    if (reply.status() != 200) {
      throw new AssertionError("login failed: " + reply);
    }
    return reply.json().getString("token");
  }

  public Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Reply delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  public Reply post(String path, JsonObject body, String... headers) {
    return send("POST", path, body.toString(), headers);
  }

  public Reply put(String path, JsonObject body, String... headers) {
    return send("PUT", path, body.toString(), headers);
  }

  /** Any method with a binary body and header name/value pairs; the reply's body as bytes. */
  public BinaryReply sendBytes(String method, String path, byte[] body, String... headers) {
    return sendBinary(
        method,
        path,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body),
        headers);
  }

  /** A GET whose answer is read as bytes (files, images). */
  public BinaryReply getBytes(String path, String... headers) {
    return sendBinary("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  /** Any method with a body publisher (e.g. a stream of unknown length); the answer as bytes. */
  public BinaryReply sendBinary(
      String method, String path, HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    List<String> all = new ArrayList<>(List.of(headers));
    if (token != null) {
      all.add("Authorization");
      all.add("Bearer " + token);
    }
    for (int i = 0; i + 1 < all.size(); i += 2) {
      request.header(all.get(i), all.get(i + 1));
    }
    request.method(method, body);
    recordSecrets(all);
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
        Secrets.recordJson(new String(response.body(), StandardCharsets.UTF_8));
      }
      return new BinaryReply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Any method with a raw body (null for none) and header name/value pairs. */
  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    List<String> all = new ArrayList<>(List.of(headers));
    if (body != null && !all.contains("Content-Type")) {
      all.add("Content-Type");
      all.add("application/json");
    }
    if (token != null) {
      all.add("Authorization");
      all.add("Bearer " + token);
    }
    for (int i = 0; i + 1 < all.size(); i += 2) {
      request.header(all.get(i), all.get(i + 1));
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    recordSecrets(all);
    Secrets.recordJson(body);
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Secrets.recordJson(response.body());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Records the bearer token among header name/value pairs (see {@link Secrets}). */
  private static void recordSecrets(List<String> headers) {
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      if (headers.get(i).equalsIgnoreCase("Authorization")) {
        Secrets.recordAuthorization(headers.get(i + 1));
      }
    }
  }
}
