package org.herald.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.notification.RunSource;
import org.herald.template.CommunicationTemplate;

/**
 * What the screens of a run's sources (notification types, communication plans) show and offer
 * alike: the integration and the expiry in words, the external systems to choose from (read once a
 * request: Faces asks for a menu's options several times).
 */
@Named("runSourceFields")
@RequestScoped
public class RunSourceFields {

  @Inject ExternalSystemService externalSystems;
  @Inject DisplayTime displayTime;

  private List<String> externalSystemCodes;

  /** Herald's own SMTP/SMPP unless the source names an external system. */
  public String integration(RunSource source) {
    return source.getExternalSystem() == null
        ? "Herald (SMTP/SMPP)"
        : source.getExternalSystem().getCode();
  }

  /** A date, a duration after each communication is made, or the queue's default. */
  public String expiry(RunSource source) {
    if (source.getExpiresAt() != null) {
      return "at " + displayTime.format(source.getExpiresAt());
    }
    return source.getExpiresAfter() == null ? "queue default" : "after " + source.getExpiresAfter();
  }

  /** A template as a menu offers it: its code and medium. */
  static String label(CommunicationTemplate template) {
    return template.getCode() + " (" + template.getMedium() + ")";
  }

  public List<String> getExternalSystemCodes() {
    if (externalSystemCodes == null) {
      externalSystemCodes = externalSystems.all().stream().map(ExternalSystem::getCode).toList();
    }
    return externalSystemCodes;
  }
}
