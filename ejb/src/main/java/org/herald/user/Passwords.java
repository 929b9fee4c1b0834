package org.herald.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies portal passwords with the platform's PBKDF2 (Jakarta Security's {@link
 * Pbkdf2PasswordHash}). Each hash names its algorithm, iterations and salt, so changing the
 * parameters here leaves older hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
  private static final String ITERATIONS = "210000";

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Verified against when a user name is unknown, so timing tells no one which names exist. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", ITERATIONS,
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time a verification takes, for a user name that does not exist. */
  public void verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
