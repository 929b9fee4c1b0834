package org.herald.secret;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the secrets Herald stores (server passwords, webhook secrets, link signing keys) and opens
 * them where they are used. The key is {@code herald.secrets.key} (the base64 of 32 random bytes; a
 * Payara password alias works); {@code herald.secrets.previous-keys} lists older keys that still
 * open values, so the key can change. Without a configured key the first node generates one and
 * stores it in the database, which every node then reads: the secrets are then only as safe as the
 * database, and a loud warning says so at every start.
 */
@Startup
@Singleton
// Set once at start-up, read by every send: no container lock on the way.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@DependsOn("SchemaMigration")
public class Secrets {

  private static final System.Logger LOG = System.getLogger(Secrets.class.getName());
  private static final String PROPERTY = "herald.secrets.key";
  private static final String PREVIOUS = "herald.secrets.previous-keys";

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = PROPERTY)
  Optional<String> configured;

  /** Comma-separated (Payara's MicroProfile Config cannot inject an optional list). */
  @Inject
  @ConfigProperty(name = PREVIOUS)
  Optional<String> previous;

  private volatile SecretBox box;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    List<SecretsKey> older = new ArrayList<>();
    Arrays.stream(previous.orElse("").split(","))
        .filter(key -> !key.isBlank())
        .forEach(key -> older.add(SecretsKey.fromBase64(PREVIOUS, key)));
    Optional<SecretsKey> stored = stored();
    SecretsKey current;
    if (configured.filter(key -> !key.isBlank()).isPresent()) {
      current = SecretsKey.fromBase64(PROPERTY, configured.get());
      // Values sealed before a key was configured are opened with the generated one, then sealed
      // again with the configured key by their owners at start.
      stored.ifPresent(older::add);
      stored.ifPresent(
          key ->
              LOG.log(
                  System.Logger.Level.WARNING,
                  "{0} is configured, but the key generated before it (id {1}) is still stored in"
                      + " table secrets_key: delete that row once every node runs with {0}",
                  PROPERTY,
                  key.id()));
    } else {
      current = stored.orElseGet(this::generate);
      LOG.log(
          System.Logger.Level.WARNING,
          "WARNING: {0} is not configured. Passwords, webhook secrets and link keys are sealed with"
              + " a key stored in the database itself (table secrets_key), so they are only as safe"
              + " as the database. Set {0} (the base64 of 32 random bytes, e.g. a Payara password"
              + " alias) on every node.",
          PROPERTY);
    }
    box = new SecretBox(current, older);
  }

  /** The value sealed with the current key; null stays null. */
  public SealedSecret seal(String plain) {
    return plain == null ? null : new SealedSecret(box.seal(plain));
  }

  /**
   * The text of a sealed value, for the one place that uses it; null stays null. Never log it.
   *
   * @throws UnreadableSecretException if no known key opens it as it stands
   */
  public String open(SealedSecret sealed) {
    return sealed == null ? null : box.open(sealed.text());
  }

  /**
   * Seals every value of {@code table.column} (a table keyed by {@code id}) that is stored in clear
   * or sealed with an older key, so that all are sealed with the current key; idempotent, and safe
   * when several nodes start at once (a value another node changed meanwhile is left to it). Called
   * by each area for its own columns at start.
   *
   * @throws IllegalStateException if a value is sealed with a key no longer configured
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void sealStored(String table, String column) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")
            .getResultList();
    int sealed = 0;
    for (Object[] row : rows) {
      String stored = (String) row[1];
      Optional<String> resealed;
      try {
        resealed = box.resealed(stored);
      } catch (UnreadableSecretException e) {
        throw new IllegalStateException(
            table
                + "."
                + column
                + " cannot be opened: "
                + e.getMessage()
                + ". Configure the key it was sealed with as "
                + PROPERTY
                + " or among "
                + PREVIOUS,
            e);
      }
      if (resealed.isPresent()) {
        sealed +=
            em.createNativeQuery(
                    "UPDATE "
                        + table
                        + " SET "
                        + column
                        + " = ? WHERE id = ? AND "
                        + column
                        + " = ?")
                .setParameter(1, resealed.get())
                .setParameter(2, row[0])
                .setParameter(3, stored)
                .executeUpdate();
      }
    }
    if (sealed > 0) {
      LOG.log(
          System.Logger.Level.INFO,
          "Sealed {0} value(s) of {1}.{2} with key {3}",
          sealed,
          table,
          column,
          box.currentKeyId());
    }
  }

  private Optional<SecretsKey> stored() {
    return em
        .createNativeQuery("SELECT secret FROM secrets_key WHERE id = 1")
        .getResultList()
        .stream()
        .findFirst()
        .map(secret -> SecretsKey.fromBase64("secrets_key.secret", (String) secret));
  }

  /** A new key, stored unless a node starting at the same moment stored its own first. */
  private SecretsKey generate() {
    em.createNativeQuery(
            "INSERT INTO secrets_key (id, secret, created_at) VALUES (1, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, SecretsKey.generate().toBase64())
        .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
    return stored().orElseThrow();
  }
}
