package no.ordna.cms.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Salted, slow password hashes with Jakarta Security's PBKDF2 (HMAC-SHA512). The stored form
 * carries algorithm, iterations and salt, so raising {@code cms.auth.pbkdf2-iterations} later keeps
 * old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

  /** Minimum length for any password the product accepts. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  @Inject Pbkdf2PasswordHash hasher;

  @Inject
  @ConfigProperty(name = "cms.auth.pbkdf2-iterations", defaultValue = "210000")
  int iterations;

  private String dummyHash;

  @PostConstruct
  void init() {
    hasher.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = hasher.generate(TokenSecrets.newSecret(16).toCharArray());
  }

  public String hash(String password) {
    return hasher.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hasher.verify(password.toCharArray(), storedHash);
  }

  /** Spends the same time as a real check, so unknown usernames cannot be told by timing. */
  public void verifyAgainstDummy(String password) {
    hasher.verify(password.toCharArray(), dummyHash);
  }
}
