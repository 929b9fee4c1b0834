package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.herald.api.Medium;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemDetails;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.externalsystem.ExternalSystemService.Registration;
import org.herald.web.security.PortalAccess;

/**
 * The External Systems screen (admins only): portals and apps with their media, character limit and
 * webhook. The API key and webhook secret are shown once, right after a registration or a key
 * rotation, and never again (the key is stored hashed, the secret sealed).
 */
@Named("externalSystems")
@ViewScoped
public class ExternalSystemsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ExternalSystemService service;
  @Inject transient PortalAccess access;

  private List<ExternalSystem> all;
  private String chosen;
  private String code;
  private String name;
  private String alternativeCode;
  private List<Medium> supportedMedia = new ArrayList<>();
  private Integer characterLimit;
  private String webhookUrl;

  /** Shown once: the key (and webhook secret) just issued, until the next action. */
  private String issuedKey;

  private String issuedSecret;

  @PostConstruct
  void init() {
    all = service.all();
  }

  public void choose(String systemCode) {
    forgetIssued();
    open(systemCode);
  }

  private void open(String systemCode) {
    try {
      ExternalSystem system = service.get(systemCode);
      chosen = system.getCode();
      code = system.getCode();
      name = system.getName();
      alternativeCode = system.getAlternativeCode();
      supportedMedia = new ArrayList<>(system.getSupportedMedia().stream().sorted().toList());
      characterLimit = system.getCharacterLimit();
      webhookUrl = system.getWebhookUrl();
    } catch (UnknownResourceException e) {
      PortalMessages.error("External system " + systemCode + " is gone");
    }
  }

  public void startNew() {
    forgetIssued();
    chosen = null;
    code = null;
    name = null;
    alternativeCode = null;
    supportedMedia = new ArrayList<>();
    characterLimit = null;
    webhookUrl = null;
  }

  /** Registers a new system (its key shown once) or changes the chosen one. */
  public void save() {
    forgetIssued();
    if (!access.mayAdminister()) {
      return;
    }
    try {
      ExternalSystemDetails details =
          new ExternalSystemDetails(
              name,
              FormText.trimmed(alternativeCode),
              supportedMedia.isEmpty()
                  ? EnumSet.noneOf(Medium.class)
                  : EnumSet.copyOf(supportedMedia),
              characterLimit,
              url(webhookUrl));
      if (chosen == null) {
        Registration registration = service.register(FormText.trimmed(code), details);
        PortalMessages.info("External system " + registration.system().getCode() + " registered");
        all = service.all();
        open(registration.system().getCode());
        issued(registration);
      } else {
        service.update(chosen, details);
        PortalMessages.info("External system " + chosen + " saved");
        all = service.all();
      }
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), ExternalSystemsView::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error("External system " + chosen + " is gone");
    }
  }

  /** A new key (and webhook secret, with a webhook), shown once. */
  public void rotateKey() {
    forgetIssued();
    if (!access.mayAdminister() || chosen == null) {
      return;
    }
    try {
      issued(service.rotateKey(chosen));
      PortalMessages.info("A new key for " + chosen + " was issued");
    } catch (UnknownResourceException e) {
      PortalMessages.error("External system " + chosen + " is gone");
    }
  }

  private void issued(Registration registration) {
    issuedKey = registration.key().value();
    issuedSecret = registration.webhookSecret();
  }

  private void forgetIssued() {
    issuedKey = null;
    issuedSecret = null;
  }

  private static URI url(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new InvalidInputException(
          List.of(new FieldError("webhookUrl", "INVALID_URL", "'" + text + "' is not a URL")));
    }
  }

  private static String inputOf(String field) {
    if (field.startsWith("supportedMedia")) {
      return "supportedMedia";
    }
    return switch (field) {
      case "code", "name", "alternativeCode", "characterLimit", "webhookUrl" -> field;
      default -> null;
    };
  }

  public List<ExternalSystem> getAll() {
    return all;
  }

  public boolean isCreating() {
    return chosen == null;
  }

  public String getChosen() {
    return chosen;
  }

  public String getIssuedKey() {
    return issuedKey;
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAlternativeCode() {
    return alternativeCode;
  }

  public void setAlternativeCode(String alternativeCode) {
    this.alternativeCode = alternativeCode;
  }

  public List<Medium> getSupportedMedia() {
    return supportedMedia;
  }

  public void setSupportedMedia(List<Medium> supportedMedia) {
    this.supportedMedia =
        supportedMedia == null ? new ArrayList<>() : new ArrayList<>(supportedMedia);
  }

  public Integer getCharacterLimit() {
    return characterLimit;
  }

  public void setCharacterLimit(Integer characterLimit) {
    this.characterLimit = characterLimit;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }
}
