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
 * The notification types screen: each type with its classification, topic, templates, integration
 * and expiry ({@link RunSourceFields}) and data-protection switch, the last changed first, a page
 * at a time.
 */
@Named("notificationTypes")
@ViewScoped
public class NotificationTypesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NotificationTypeService service;

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

  /** Off (every contact is sent), or the marketing list whose opted-out contacts are skipped. */
  public static String dataProtectionOf(NotificationType type) {
    return type.getDataProtection() == null ? "off" : type.getDataProtection().name();
  }

  public String dataProtection(NotificationType type) {
    return dataProtectionOf(type);
  }
}
