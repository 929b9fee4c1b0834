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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.error.IllegalTransitionException;
import org.herald.secret.SealedSecret;
import org.herald.secret.Secrets;

/**
 * The keys all nodes sign and verify links with. When {@code herald.link.secret} is configured (at
 * least 32 characters) it signs, and {@code herald.link.previous-secrets} (comma-separated) still
 * verify the links signed before it changed. Otherwise the newest key stored in the database signs:
 * the first node to start generates one, and {@link #rotate} adds a new one. Stored keys are sealed
 * (see {@link Secrets}) and all of them verify, so links already sent keep working after a new key
 * is introduced, until they expire. Other nodes take a rotation up within {@code
 * herald.settings.refresh}.
 */
@Startup
@Singleton
// Keys are read at most once per refresh interval, by every send: no container lock on the way.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn({"SchemaMigration", "Secrets"})
public class SigningKey {

  private static final int SECRET_BYTES = 32;
  private static final String PROPERTY = "herald.link.secret";
  private static final String PREVIOUS = "herald.link.previous-secrets";

  @PersistenceContext EntityManager em;
  @Inject Secrets secrets;
  @Inject LinkKeys published;

  @Inject
  @ConfigProperty(name = PROPERTY)
  Optional<String> configured;

  /** Comma-separated (Payara's MicroProfile Config cannot inject an optional list). */
  @Inject
  @ConfigProperty(name = PREVIOUS)
  Optional<String> previous;

  @Inject
  @ConfigProperty(name = "herald.settings.refresh", defaultValue = "PT10S")
  Duration refresh;

  private record Loaded(LinkTokens tokens, Instant at) {}

  private LinkKey configuredKey;
  private final List<LinkKey> previousKeys = new ArrayList<>();
  private volatile Loaded loaded;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    configuredKey =
        configured.filter(s -> !s.isBlank()).map(s -> LinkKey.configured(PROPERTY, s)).orElse(null);
    Arrays.stream(previous.orElse("").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .forEach(s -> previousKeys.add(LinkKey.configured(PREVIOUS, s)));
    // Keys stored in clear by earlier versions are sealed now.
    secrets.sealStored("link_signing_key", "secret");
    if (configuredKey == null) {
      store(1); // the first start; a node that stored one already keeps it
    }
    reload();
  }

  /**
   * The keys in force: read again at most once per {@code herald.settings.refresh}. Senders ask
   * {@link LinkKeys}, which holds what this last loaded.
   */
  public LinkTokens tokens() {
    Loaded current = loaded;
    return current.at().plus(refresh).isAfter(Instant.now()) ? current.tokens() : reload();
  }

  /**
   * Introduces a new stored key that signs from now on (on other nodes within {@code
   * herald.settings.refresh}); the older keys keep verifying. Answers the new key's id.
   *
   * @throws IllegalTransitionException when the signing key comes from configuration
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public String rotate() {
    if (configuredKey != null) {
      throw new IllegalTransitionException(
          "The link signing key comes from configuration ("
              + PROPERTY
              + "): set the new secret there and move the old one to "
              + PREVIOUS);
    }
    // Two rotations at once: the second takes the next id.
    for (int attempt = 0; attempt < 5; attempt++) {
      Number newest =
          (Number)
              em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM link_signing_key")
                  .getSingleResult();
      Optional<LinkKey> stored = store(newest.intValue() + 1);
      if (stored.isPresent()) {
        reload();
        return stored.get().id();
      }
    }
    throw new IllegalStateException("Could not store a new link signing key");
  }

  /** A new random key under {@code id}, sealed; empty if a key has that id already. */
  private Optional<LinkKey> store(int id) {
    byte[] fresh = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(fresh);
    int inserted =
        em.createNativeQuery(
                "INSERT INTO link_signing_key (id, secret, created_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, id)
            .setParameter(2, secrets.seal(Base64.getEncoder().encodeToString(fresh)).text())
            .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1 ? Optional.of(LinkKey.of(fresh)) : Optional.empty();
  }

  private LinkTokens reload() {
    List<LinkKey> stored = new ArrayList<>();
    for (Object secret :
        em.createNativeQuery("SELECT secret FROM link_signing_key ORDER BY id").getResultList()) {
      String opened = secrets.open(new SealedSecret((String) secret));
      stored.add(LinkKey.of(Base64.getDecoder().decode(opened)));
    }
    LinkKey signing = configuredKey != null ? configuredKey : stored.get(stored.size() - 1);
    List<LinkKey> older = new ArrayList<>(previousKeys);
    older.addAll(stored);
    LinkTokens tokens = new LinkTokens(signing, older);
    loaded = new Loaded(tokens, Instant.now());
    published.publish(tokens, loaded.at());
    return tokens;
  }
}
