package no.ordna.cms.web.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification
 * (standard-webhooks.md, "Verifying webhook authenticity") and independent of the product's code:
 * the secret is {@code whsec_} + base64 key bytes; the signed content is {@code
 * msg_id.timestamp.body}; {@code webhook-signature} is a space-delimited list of {@code
 * v<n>,<base64>} entries, any {@code v1} entry of which must equal base64(HMAC-SHA256(key,
 * content)), compared in constant time; a timestamp more than five minutes off is refused.
 */
public final class StandardWebhooksVerifier {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private StandardWebhooksVerifier() {}

  /** Whether the message is authentic; throws with the reason when it is not. */
  public static void verify(
      String secret, String msgId, String timestamp, String signatureHeader, byte[] body) {
    if (msgId == null || timestamp == null || signatureHeader == null) {
      throw new AssertionError("missing webhook-id, webhook-timestamp or webhook-signature");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new AssertionError("webhook-timestamp is not whole seconds: " + timestamp);
    }
    Instant sent = Instant.ofEpochSecond(seconds);
    Instant now = Instant.now();
    if (sent.isBefore(now.minus(TOLERANCE)) || sent.isAfter(now.plus(TOLERANCE))) {
      throw new AssertionError("webhook-timestamp out of tolerance: " + sent);
    }
    if (!secret.startsWith("whsec_")) {
      throw new AssertionError("secret without the whsec_ prefix");
    }
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] prefix = (msgId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
      byte[] content = new byte[prefix.length + body.length];
      System.arraycopy(prefix, 0, content, 0, prefix.length);
      System.arraycopy(body, 0, content, prefix.length, body.length);
      expected = mac.doFinal(content);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    for (String entry : signatureHeader.trim().split(" ")) {
      int comma = entry.indexOf(',');
      if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
        continue;
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(entry.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(expected, given)) {
        return;
      }
    }
    throw new AssertionError("no v1 signature matches: " + signatureHeader);
  }
}
