package org.herald.settings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.herald.api.Medium;
import org.herald.secret.SealedSecret;

/** The one row of general settings. */
@Entity
@Table(name = "general_settings")
public class GeneralSettings implements SettingsRow<Settings> {

  /** There is exactly one row. */
  @Id private Long id;

  @Column(name = "email_enabled", nullable = false)
  private boolean emailEnabled;

  @Column(name = "smtp_host")
  private String smtpHost;

  @Column(name = "smtp_port", nullable = false)
  private int smtpPort;

  @Column(name = "smtp_username")
  private String smtpUsername;

  /** Sealed, as every stored password (see {@link org.herald.secret.Secrets}). */
  @Column(name = "smtp_password")
  private String smtpPassword;

  @Column(name = "smtp_starttls", nullable = false)
  private boolean smtpStartTls;

  @Column(name = "mail_from")
  private String mailFrom;

  @Column(name = "sms_enabled", nullable = false)
  private boolean smsEnabled;

  @Column(name = "smpp_host")
  private String smppHost;

  @Column(name = "smpp_port", nullable = false)
  private int smppPort;

  @Column(name = "smpp_system_id")
  private String smppSystemId;

  @Column(name = "smpp_password")
  private String smppPassword;

  @Column(name = "sms_source_address")
  private String smsSourceAddress;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "allowed_medium", joinColumns = @JoinColumn(name = "settings_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "medium", nullable = false)
  private Set<Medium> allowedMedia = EnumSet.noneOf(Medium.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "medium_character_limit", joinColumns = @JoinColumn(name = "settings_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "medium")
  @Column(name = "character_limit", nullable = false)
  private Map<Medium, Integer> characterLimits = new HashMap<>();

  /** Whether the servers were taken from configuration yet (once: then the database wins). */
  @Column(name = "seeded", nullable = false)
  private boolean seeded;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "opt_in_direct_marketing_by_default", nullable = false)
  private boolean optInDirectMarketingByDefault;

  @Column(name = "opt_in_affiliate_marketing_by_default", nullable = false)
  private boolean optInAffiliateMarketingByDefault;

  protected GeneralSettings() {}

  /** Takes the servers from configuration the first time only; true if it did. */
  boolean seedServers(EmailServer email, SmsServer sms, SealedSecret smtp, SealedSecret smpp) {
    if (seeded) {
      return false;
    }
    Settings current = snapshot();
    apply(
        new Settings(
            email, sms, current.allowedMedia(), current.characterLimits(), current.authorization()),
        smtp,
        smpp);
    seeded = true;
    return true;
  }

  /**
   * Replaces every setting; the servers' passwords are the ones given apart, a null one keeps the
   * stored password (passwords are write-only).
   */
  void apply(Settings settings, SealedSecret smtp, SealedSecret smpp) {
    EmailServer email = settings.emailServer();
    emailEnabled = email.enabled();
    smtpHost = email.host();
    smtpPort = email.port();
    smtpUsername = email.username();
    smtpPassword = smtp == null ? smtpPassword : smtp.text();
    smtpStartTls = email.startTls();
    mailFrom = email.from();
    SmsServer sms = settings.smsServer();
    smsEnabled = sms.enabled();
    smppHost = sms.host();
    smppPort = sms.port();
    smppSystemId = sms.systemId();
    smppPassword = smpp == null ? smppPassword : smpp.text();
    smsSourceAddress = sms.sourceAddress();
    allowedMedia =
        settings.allowedMedia().isEmpty()
            ? EnumSet.noneOf(Medium.class)
            : EnumSet.copyOf(settings.allowedMedia());
    characterLimits = new EnumMap<>(Medium.class);
    characterLimits.putAll(settings.characterLimits());
    optInDirectMarketingByDefault = settings.authorization().optInDirectMarketingByDefault();
    optInAffiliateMarketingByDefault = settings.authorization().optInAffiliateMarketingByDefault();
  }

  @Override
  public Settings snapshot() {
    return new Settings(
        new EmailServer(
            emailEnabled,
            smtpHost,
            smtpPort,
            smtpUsername,
            sealed(smtpPassword),
            smtpStartTls,
            mailFrom),
        new SmsServer(
            smsEnabled, smppHost, smppPort, smppSystemId, sealed(smppPassword), smsSourceAddress),
        allowedMedia,
        characterLimits,
        new Authorization(optInDirectMarketingByDefault, optInAffiliateMarketingByDefault));
  }

  private static SealedSecret sealed(String stored) {
    return stored == null ? null : new SealedSecret(stored);
  }
}
