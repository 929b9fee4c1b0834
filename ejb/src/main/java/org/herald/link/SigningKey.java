package org.herald.link;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key all nodes sign links with: {@code herald.link.secret} when configured (at least 32
 * characters), else a random one the first node stores in the database and every node reads.
 * Changing it invalidates every link already sent.
 */
@Startup
@Singleton
// Set once at start-up, read by every send: no container lock on the way.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("SchemaMigration")
public class SigningKey {

  private static final int SECRET_BYTES = 32;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "herald.link.secret")
  Optional<String> configured;

  private volatile LinkTokens tokens;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    byte[] secret =
        configured
            .filter(s -> !s.isBlank())
            .map(SigningKey::fromConfiguration)
            .orElseGet(this::stored);
    tokens = new LinkTokens(secret);
  }

  public LinkTokens tokens() {
    return tokens;
  }

  private byte[] stored() {
    byte[] fresh = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery(
            "INSERT INTO link_signing_key (id, secret, created_at) VALUES (1, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, Base64.getEncoder().encodeToString(fresh))
        .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    String secret =
        (String)
            em.createNativeQuery("SELECT secret FROM link_signing_key WHERE id = 1")
                .getSingleResult();
    return Base64.getDecoder().decode(secret);
  }

  /** A configured secret of any form, stretched to a uniform key. */
  private static byte[] fromConfiguration(String secret) {
    if (secret.length() < SECRET_BYTES) {
      throw new IllegalStateException(
          "herald.link.secret needs at least " + SECRET_BYTES + " characters");
    }
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
