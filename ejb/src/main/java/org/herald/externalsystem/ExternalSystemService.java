package org.herald.externalsystem;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.audit.AuditTrail;
import org.herald.channel.webhook.WebhookUrlPolicy;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.secret.Secrets;

/** Registers external systems, rotates their keys, and recognises them by their keys. */
@Stateless
public class ExternalSystemService {

  @Inject ExternalSystemRepository systems;
  @Inject WebhookUrlPolicy webhookUrls;
  @Inject Secrets secrets;
  @Inject AuditTrail audit;
  @Inject Event<ExternalSystemChanged> changes;

  /** How long a rotated key keeps working beside the new one (PT0S: it stops at once). */
  @Inject
  @ConfigProperty(name = "herald.external-system.key-grace", defaultValue = "PT5M")
  Duration keyGrace;

  /** How the audit trail names external systems. */
  public static final String AUDIT_SUBJECT = "external-system";

  /** A new system and its key: the only time the key is ever available. */
  public Registration register(String code, ExternalSystemDetails details) {
    Violations violations = new Violations();
    if (violations.code("code", code) && systems.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "external system " + code + " exists already");
    }
    check(violations, details);
    violations.throwIfAny();
    ApiKey key = ApiKey.generate();
    ExternalSystem system = new ExternalSystem(code, details, key, Instant.now());
    String secret = system.hasWebhook() ? newWebhookSecret(system) : null;
    systems.add(system);
    audit.record(AUDIT_SUBJECT, code, "registered");
    return new Registration(system, key, secret);
  }

  /**
   * Changes a system; a webhook added to it gets a new signing secret, answered in clear this once
   * (the key is not: {@code key} is null).
   */
  public Registration update(String code, ExternalSystemDetails details) {
    ExternalSystem system = get(code);
    Violations violations = new Violations();
    check(violations, details);
    violations.throwIfAny();
    boolean hadWebhook = system.hasWebhook();
    system.describe(details);
    String secret = system.hasWebhook() && !hadWebhook ? newWebhookSecret(system) : null;
    audit.record(AUDIT_SUBJECT, code, secret == null ? "changed" : "changed, webhook added");
    changes.fire(new ExternalSystemChanged(code));
    return new Registration(system, null, secret);
  }

  /**
   * A new API key, and a new webhook secret if the system has a webhook. The old key keeps working
   * for {@code herald.external-system.key-grace}, so the system can switch without a gap; the old
   * webhook secret stops at once (Herald signs with one secret).
   */
  public Registration rotateKey(String code) {
    ExternalSystem system = get(code);
    ApiKey key = ApiKey.generate();
    system.rotate(key, Instant.now(), keyGrace);
    audit.record(AUDIT_SUBJECT, code, "key rotated");
    changes.fire(new ExternalSystemChanged(code));
    return new Registration(system, key, system.hasWebhook() ? newWebhookSecret(system) : null);
  }

  public ExternalSystem get(String code) {
    return systems
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("external system", code));
  }

  public List<ExternalSystem> all() {
    return systems.all();
  }

  public ResultPage<ExternalSystem> list(PageRequest page) {
    return systems.list(page);
  }

  /**
   * The system a presented key belongs to, if any (detached), as the database says now. A read by
   * an index: in the caller's transaction where it has one, else in none, rather than in a
   * transaction of its own to begin and commit. Requests authenticate through {@link
   * ExternalSystemKeys}, which remembers the answer for a second.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ExternalSystem> authenticate(String presentedKey) {
    String hash = ApiKey.hash(presentedKey);
    Optional<ExternalSystem> current = systems.findByKeyHash(hash);
    return current.isPresent() ? current : systems.findByPreviousKeyHash(hash, Instant.now());
  }

  /** A new webhook secret, stored sealed; answered in clear for the one answer that may show it. */
  private String newWebhookSecret(ExternalSystem system) {
    String secret = ApiKey.generate().value();
    system.useWebhookSecret(secrets.seal(secret));
    return secret;
  }

  private void check(Violations violations, ExternalSystemDetails details) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), 200);
    violations.maxLength("alternativeCode", details.alternativeCode(), 50);
    if (details.supportedMedia().isEmpty()) {
      violations.add("supportedMedia", "REQUIRED", "name at least one medium");
    }
    if (details.webhookUrl() != null) {
      violations.maxLength("webhookUrl", details.webhookUrl().toString(), 2000);
      webhookUrls
          .refusal(details.webhookUrl())
          .ifPresent(refusal -> violations.add("webhookUrl", refusal.code(), refusal.message()));
    }
    if (details.characterLimit() != null && details.characterLimit() < 1) {
      violations.add("characterLimit", "OUT_OF_RANGE", "must be at least 1");
    }
  }

  /** A system with its key (and webhook secret) in clear, for the one answer that may show them. */
  public record Registration(ExternalSystem system, ApiKey key, String webhookSecret) {}
}
