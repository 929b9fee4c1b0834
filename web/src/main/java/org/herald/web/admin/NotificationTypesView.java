package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.herald.notification.NotificationType;
import org.herald.notification.NotificationTypeRepository;
import org.herald.notification.NotificationTypeService;

/**
 * The notification types screen: each type with its classification, topic, templates, integration,
 * expiry and data-protection switch, the last changed first, a page at a time.
 */
@Named("notificationTypes")
@ViewScoped
public class NotificationTypesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NotificationTypeService service;
  @Inject transient DisplayTime displayTime;

  private ServicePages<NotificationType> all;

  @PostConstruct
  void init() {
    NotificationTypeService types = service;
    all =
        new ServicePages<>(
            page -> types.list(null, page),
            NotificationType::getCode,
            NotificationTypeRepository.SORTABLE.keySet(),
            "updatedAt",
            false);
  }

  public ServicePages<NotificationType> getAll() {
    return all;
  }

  /** Herald's own SMTP/SMPP unless the type names an external system. */
  public static String integrationOf(NotificationType type) {
    return type.getExternalSystem() == null
        ? "Herald (SMTP/SMPP)"
        : type.getExternalSystem().getCode();
  }

  public String integration(NotificationType type) {
    return integrationOf(type);
  }

  /** A date, a duration after each communication is made, or the queue's default. */
  public String expiry(NotificationType type) {
    if (type.getExpiresAt() != null) {
      return "at " + displayTime.format(type.getExpiresAt());
    }
    return type.getExpiresAfter() == null ? "queue default" : "after " + type.getExpiresAfter();
  }

  /** Off (every contact is sent), or the marketing list whose opted-out contacts are skipped. */
  public static String dataProtectionOf(NotificationType type) {
    return type.getDataProtection() == null ? "off" : type.getDataProtection().name();
  }

  public String dataProtection(NotificationType type) {
    return dataProtectionOf(type);
  }
}
