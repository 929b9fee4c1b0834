package org.herald.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.herald.api.Medium;
import org.herald.audit.AuditTrail;
import org.herald.contact.EmailAddress;
import org.herald.error.Violations;
import org.herald.secret.Secrets;

/** Reads and changes the general settings; every change is checked whole before it is stored. */
@Stateless
public class GeneralSettingsService {

  @PersistenceContext EntityManager em;
  @Inject CurrentSettings current;
  @Inject Secrets secrets;
  @Inject AuditTrail audit;

  /** The settings as stored now (not the cached snapshot). */
  public Settings get() {
    return row().snapshot();
  }

  /**
   * Replaces the settings, checked whole. The servers' passwords are given apart, in clear (those
   * in {@code settings} are not read), and stored sealed; a null one keeps the stored password.
   */
  public Settings update(Settings settings, ServerPasswords passwords) {
    check(settings, passwords);
    GeneralSettings row = row();
    row.apply(settings, secrets.seal(passwords.smtp()), secrets.seal(passwords.smpp()));
    current.changed(GeneralSettings.class);
    audit.record(AuditTrail.SETTINGS, "general", "changed");
    return row.snapshot();
  }

  /**
   * Takes the servers from configuration at the first start; the row lock makes sure only one node
   * does, and later starts leave what admins changed alone. Passwords stored in clear by earlier
   * versions are sealed first.
   */
  public boolean seedServers(EmailServer email, SmsServer sms, ServerPasswords passwords) {
    secrets.sealStored("general_settings", "smtp_password");
    secrets.sealStored("general_settings", "smpp_password");
    boolean seeded =
        em.find(GeneralSettings.class, GeneralSettings.ID, LockModeType.PESSIMISTIC_WRITE)
            .seedServers(
                email, sms, secrets.seal(passwords.smtp()), secrets.seal(passwords.smpp()));
    current.changed(GeneralSettings.class);
    return seeded;
  }

  private GeneralSettings row() {
    return em.find(GeneralSettings.class, GeneralSettings.ID);
  }

  private static void check(Settings settings, ServerPasswords passwords) {
    Violations violations = new Violations();
    EmailServer email = settings.emailServer();
    if (email.enabled()) {
      violations.require("emailServer.host", email.host());
      violations.require("emailServer.from", email.from());
      if (email.from() != null && !email.from().isBlank()) {
        violations.check("emailServer.from", () -> EmailAddress.of(email.from()));
      }
    }
    violations.maxLength("emailServer.password", passwords.smtp(), 255);
    checkPort(violations, "emailServer.port", email.port());
    SmsServer sms = settings.smsServer();
    if (sms.enabled()) {
      violations.require("smsServer.host", sms.host());
      violations.require("smsServer.systemId", sms.systemId());
    }
    // SMPP 3.4's own field sizes.
    violations.maxLength("smsServer.systemId", sms.systemId(), 15);
    violations.maxLength("smsServer.password", passwords.smpp(), 8);
    violations.maxLength("smsServer.sourceAddress", sms.sourceAddress(), 20);
    checkPort(violations, "smsServer.port", sms.port());
    if (settings.allowedMedia().isEmpty()) {
      violations.add("allowedMedia", "REQUIRED", "allow at least one medium");
    }
    for (Map.Entry<Medium, Integer> limit : settings.characterLimits().entrySet()) {
      if (limit.getValue() == null || limit.getValue() < 1) {
        violations.add("characterLimits." + limit.getKey(), "OUT_OF_RANGE", "must be at least 1");
      }
    }
    violations.throwIfAny();
  }

  private static void checkPort(Violations violations, String field, int port) {
    if (port < 1 || port > 65535) {
      violations.add(field, "OUT_OF_RANGE", "must be a port number, 1 to 65535");
    }
  }
}
