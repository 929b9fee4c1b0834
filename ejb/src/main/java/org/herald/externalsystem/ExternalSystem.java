package org.herald.externalsystem;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.herald.api.Medium;
import org.herald.secret.SealedSecret;

/** A third-party system that processes the communications addressed to it. */
@Entity
@Table(name = "external_system")
@NamedQuery(
    name = "ExternalSystem.byCode",
    query = "SELECT s FROM ExternalSystem s WHERE s.code = :code")
@NamedQuery(
    name = "ExternalSystem.byKeyHash",
    query = "SELECT s FROM ExternalSystem s WHERE s.apiKeyHash = :hash")
@NamedQuery(
    name = "ExternalSystem.byPreviousKeyHash",
    query =
        "SELECT s FROM ExternalSystem s WHERE s.previousKeyHash = :hash"
            + " AND s.previousKeyValidUntil > :now")
@NamedQuery(name = "ExternalSystem.all", query = "SELECT s FROM ExternalSystem s ORDER BY s.code")
public class ExternalSystem implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_system_seq")
  @SequenceGenerator(
      name = "external_system_seq",
      sequenceName = "external_system_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "alternative_code")
  private String alternativeCode;

  // Eager: a handful of media, needed wherever the system is.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "external_system_medium",
      joinColumns = @JoinColumn(name = "external_system_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "medium", nullable = false)
  private Set<Medium> supportedMedia = EnumSet.noneOf(Medium.class);

  @Column(name = "character_limit")
  private Integer characterLimit;

  @Column(name = "webhook_url")
  private String webhookUrl;

  /** Signs webhook requests (HMAC-SHA256); sealed, opened only to sign a push. */
  @Column(name = "webhook_secret")
  private String webhookSecret;

  @Column(name = "api_key_hash", nullable = false, unique = true)
  private String apiKeyHash;

  @Column(name = "key_created_at", nullable = false)
  private Instant keyCreatedAt;

  /** The key before the last rotation, accepted until {@link #previousKeyValidUntil}. */
  @Column(name = "previous_key_hash")
  private String previousKeyHash;

  @Column(name = "previous_key_valid_until")
  private Instant previousKeyValidUntil;

  @Version
  @Column(name = "version")
  private long version;

  protected ExternalSystem() {}

  ExternalSystem(String code, ExternalSystemDetails details, ApiKey key, Instant now) {
    this.code = code;
    describe(details);
    rotate(key, now, Duration.ZERO);
  }

  void describe(ExternalSystemDetails details) {
    this.webhookUrl = details.webhookUrl() == null ? null : details.webhookUrl().toString();
    this.name = details.name();
    this.alternativeCode = details.alternativeCode();
    this.supportedMedia =
        details.supportedMedia().isEmpty()
            ? EnumSet.noneOf(Medium.class)
            : EnumSet.copyOf(details.supportedMedia());
    this.characterLimit = details.characterLimit();
  }

  /** Takes a new key; the one it replaces stays valid for {@code grace}, then is revoked. */
  void rotate(ApiKey key, Instant now, Duration grace) {
    boolean keepOld = !grace.isZero() && !grace.isNegative();
    this.previousKeyHash = keepOld ? apiKeyHash : null;
    this.previousKeyValidUntil = keepOld ? now.plus(grace) : null;
    this.apiKeyHash = key.hash();
    this.keyCreatedAt = now;
  }

  /** Whether {@code keyHash} is the hash of the system's current key (not of the one replaced). */
  boolean isCurrentKey(String keyHash) {
    return apiKeyHash.equals(keyHash);
  }

  /** Until when the key replaced by the last rotation is still accepted (null: not at all). */
  public Instant getPreviousKeyValidUntil() {
    return previousKeyValidUntil;
  }

  /** Replaces the webhook signing secret: the old one stops signing at once. */
  void useWebhookSecret(SealedSecret secret) {
    webhookSecret = secret.text();
  }

  public boolean hasWebhook() {
    return webhookUrl != null;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public SealedSecret getWebhookSecret() {
    return webhookSecret == null ? null : new SealedSecret(webhookSecret);
  }

  public boolean supports(Medium medium) {
    return supportedMedia.contains(medium);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAlternativeCode() {
    return alternativeCode;
  }

  public Set<Medium> getSupportedMedia() {
    return Set.copyOf(supportedMedia);
  }

  public Integer getCharacterLimit() {
    return characterLimit;
  }

  public Instant getKeyCreatedAt() {
    return keyCreatedAt;
  }
}
