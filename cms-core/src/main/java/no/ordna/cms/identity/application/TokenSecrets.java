package no.ordna.cms.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets for tokens and generated passwords, and the one-way hash tokens are kept as. */
public final class TokenSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A URL-safe secret with {@code bytes} bytes of entropy. */
  public static String newSecret(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  /** Hex SHA-256 of the secret: enough for a 256-bit random secret, and fast to look up. */
  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
