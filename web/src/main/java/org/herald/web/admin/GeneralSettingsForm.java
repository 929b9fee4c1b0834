package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.herald.api.Medium;
import org.herald.error.InvalidInputException;
import org.herald.settings.Authorization;
import org.herald.settings.EmailServer;
import org.herald.settings.GeneralSettingsService;
import org.herald.settings.ServerPasswords;
import org.herald.settings.Settings;
import org.herald.settings.SmsServer;
import org.herald.web.security.PortalAccess;

/**
 * The seed's General Settings (admins only): the email and SMS servers, the allowed media and their
 * character limits, and the authorization defaults. Each panel saves only its own part onto the
 * settings stored at that moment (a partial update), so two admins changing different panels keep
 * each other's changes; {@link GeneralSettingsService} checks the whole and names the fields.
 * Passwords are write-only: left empty, the stored one stays.
 */
@Named("generalSettings")
@ViewScoped
public class GeneralSettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient GeneralSettingsService service;
  @Inject transient PortalAccess access;

  private boolean emailEnabled;
  private String emailHost;
  private int emailPort;
  private String emailUsername;
  private String emailPassword;
  private boolean emailPasswordStored;
  private boolean startTls;
  private String emailFrom;

  private boolean smsEnabled;
  private String smsHost;
  private int smsPort;
  private String systemId;
  private String smsPassword;
  private boolean smsPasswordStored;
  private String sourceAddress;

  private List<Medium> allowedMedia = new ArrayList<>();
  private final Map<Medium, Integer> characterLimits = new EnumMap<>(Medium.class);

  private boolean directByDefault;
  private boolean affiliateByDefault;

  @PostConstruct
  void init() {
    show(service.get());
  }

  private void show(Settings settings) {
    EmailServer email = settings.emailServer();
    emailEnabled = email.enabled();
    emailHost = email.host();
    emailPort = email.port();
    emailUsername = email.username();
    emailPasswordStored = email.password() != null;
    emailPassword = null;
    startTls = email.startTls();
    emailFrom = email.from();
    SmsServer sms = settings.smsServer();
    smsEnabled = sms.enabled();
    smsHost = sms.host();
    smsPort = sms.port();
    systemId = sms.systemId();
    smsPasswordStored = sms.password() != null;
    smsPassword = null;
    sourceAddress = sms.sourceAddress();
    allowedMedia = new ArrayList<>(settings.allowedMedia().stream().sorted().toList());
    characterLimits.clear();
    for (Medium medium : Medium.values()) {
      characterLimits.put(medium, settings.characterLimits().get(medium));
    }
    directByDefault = settings.authorization().optInDirectMarketingByDefault();
    affiliateByDefault = settings.authorization().optInAffiliateMarketingByDefault();
  }

  /** The email and SMS servers, and their passwords if typed. */
  public void saveServers() {
    Settings now = service.get();
    store(
        new Settings(
            new EmailServer(
                emailEnabled,
                FormText.trimmed(emailHost),
                emailPort,
                FormText.trimmed(emailUsername),
                null,
                startTls,
                FormText.trimmed(emailFrom)),
            new SmsServer(
                smsEnabled,
                FormText.trimmed(smsHost),
                smsPort,
                FormText.trimmed(systemId),
                null,
                FormText.trimmed(sourceAddress)),
            now.allowedMedia(),
            now.characterLimits(),
            now.authorization()),
        new ServerPasswords(typed(emailPassword), typed(smsPassword)),
        "Servers saved");
  }

  /** The allowed media and the character limits; an empty limit means none. */
  public void saveMedia() {
    Settings now = service.get();
    Map<Medium, Integer> limits = new EnumMap<>(Medium.class);
    characterLimits.forEach(
        (medium, limit) -> {
          if (limit != null) {
            limits.put(medium, limit);
          }
        });
    store(
        new Settings(
            now.emailServer(),
            now.smsServer(),
            allowedMedia.isEmpty() ? EnumSet.noneOf(Medium.class) : EnumSet.copyOf(allowedMedia),
            limits,
            now.authorization()),
        new ServerPasswords(null, null),
        "Media and character limits saved");
  }

  public void saveAuthorization() {
    Settings now = service.get();
    store(
        new Settings(
            now.emailServer(),
            now.smsServer(),
            now.allowedMedia(),
            now.characterLimits(),
            new Authorization(directByDefault, affiliateByDefault)),
        new ServerPasswords(null, null),
        "Authorization defaults saved");
  }

  private void store(Settings settings, ServerPasswords passwords, String done) {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      show(service.update(settings, passwords));
      PortalMessages.info(done);
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), GeneralSettingsForm::inputOf);
    }
  }

  /** The input of a field the service names (emailServer.host → emailHost). */
  private static String inputOf(String field) {
    if (field.startsWith("characterLimits.")) {
      return "limit_" + field.substring("characterLimits.".length());
    }
    return switch (field) {
      case "emailServer.host" -> "emailHost";
      case "emailServer.port" -> "emailPort";
      case "emailServer.from" -> "emailFrom";
      case "emailServer.password" -> "emailPassword";
      case "smsServer.host" -> "smsHost";
      case "smsServer.port" -> "smsPort";
      case "smsServer.systemId" -> "systemId";
      case "smsServer.password" -> "smsPassword";
      case "smsServer.sourceAddress" -> "sourceAddress";
      case "allowedMedia" -> "allowedMedia";
      default -> null;
    };
  }

  /** A password as typed (spaces count); empty keeps the stored one. */
  private static String typed(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  public Map<Medium, Integer> getCharacterLimits() {
    return characterLimits;
  }

  public List<Medium> getAllowedMedia() {
    return allowedMedia;
  }

  public void setAllowedMedia(List<Medium> allowedMedia) {
    this.allowedMedia = allowedMedia == null ? new ArrayList<>() : new ArrayList<>(allowedMedia);
  }

  public boolean isEmailEnabled() {
    return emailEnabled;
  }

  public void setEmailEnabled(boolean emailEnabled) {
    this.emailEnabled = emailEnabled;
  }

  public String getEmailHost() {
    return emailHost;
  }

  public void setEmailHost(String emailHost) {
    this.emailHost = emailHost;
  }

  public int getEmailPort() {
    return emailPort;
  }

  public void setEmailPort(int emailPort) {
    this.emailPort = emailPort;
  }

  public String getEmailUsername() {
    return emailUsername;
  }

  public void setEmailUsername(String emailUsername) {
    this.emailUsername = emailUsername;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }

  public boolean isEmailPasswordStored() {
    return emailPasswordStored;
  }

  public boolean isStartTls() {
    return startTls;
  }

  public void setStartTls(boolean startTls) {
    this.startTls = startTls;
  }

  public String getEmailFrom() {
    return emailFrom;
  }

  public void setEmailFrom(String emailFrom) {
    this.emailFrom = emailFrom;
  }

  public boolean isSmsEnabled() {
    return smsEnabled;
  }

  public void setSmsEnabled(boolean smsEnabled) {
    this.smsEnabled = smsEnabled;
  }

  public String getSmsHost() {
    return smsHost;
  }

  public void setSmsHost(String smsHost) {
    this.smsHost = smsHost;
  }

  public int getSmsPort() {
    return smsPort;
  }

  public void setSmsPort(int smsPort) {
    this.smsPort = smsPort;
  }

  public String getSystemId() {
    return systemId;
  }

  public void setSystemId(String systemId) {
    this.systemId = systemId;
  }

  public String getSmsPassword() {
    return smsPassword;
  }

  public void setSmsPassword(String smsPassword) {
    this.smsPassword = smsPassword;
  }

  public boolean isSmsPasswordStored() {
    return smsPasswordStored;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public void setSourceAddress(String sourceAddress) {
    this.sourceAddress = sourceAddress;
  }

  public boolean isDirectByDefault() {
    return directByDefault;
  }

  public void setDirectByDefault(boolean directByDefault) {
    this.directByDefault = directByDefault;
  }

  public boolean isAffiliateByDefault() {
    return affiliateByDefault;
  }

  public void setAffiliateByDefault(boolean affiliateByDefault) {
    this.affiliateByDefault = affiliateByDefault;
  }
}
