package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.herald.error.InvalidInputException;
import org.herald.link.PublicAddress;
import org.herald.tracking.TrackingScope;
import org.herald.tracking.TrackingSettings;
import org.herald.tracking.TrackingSettingsService;
import org.herald.web.security.PortalAccess;

/**
 * The seed's Tracking Settings on the settings screen: {@link TrackingSettings#of} checks the form
 * whole, {@link TrackingSettingsService} stores it.
 */
@Named("trackingSettings")
@ViewScoped
public class TrackingSettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TrackingSettingsService service;
  @Inject transient PortalAccess access;
  @Inject transient PublicAddress publicAddress;

  private boolean enabled;
  private String endPoint;
  private String customUrl;
  private TrackingScope scope;
  private String defaultEndPoint;

  @PostConstruct
  void init() {
    show(service.get());
    defaultEndPoint = publicAddress.base();
  }

  private void show(TrackingSettings settings) {
    enabled = settings.enabled();
    endPoint = settings.endPoint();
    customUrl = settings.customUrl();
    scope = settings.scope();
  }

  public void save() {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      show(
          service.update(
              TrackingSettings.of(
                  enabled, endPoint, customUrl, scope == null ? null : scope.name())));
      PortalMessages.info("Tracking settings saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), TrackingSettingsForm::inputOf);
    }
  }

  /** Which input holds a field the service named. */
  static String inputOf(String field) {
    return switch (field) {
      case "enabled" -> "trackingEnabled";
      case "endPoint" -> "trackingEndPoint";
      case "customUrl" -> "trackingCustomUrl";
      case "scope" -> "trackingScope";
      default -> null;
    };
  }

  public TrackingScope[] getScopes() {
    return TrackingScope.values();
  }

  /** The seed's words for a scope. */
  public String scopeLabel(TrackingScope scope) {
    return switch (scope) {
      case ALL -> "All communications";
      case NOTIFICATIONS -> "Notifications only";
    };
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getEndPoint() {
    return endPoint;
  }

  public void setEndPoint(String endPoint) {
    this.endPoint = endPoint;
  }

  public String getCustomUrl() {
    return customUrl;
  }

  public void setCustomUrl(String customUrl) {
    this.customUrl = customUrl;
  }

  public TrackingScope getScope() {
    return scope;
  }

  public void setScope(TrackingScope scope) {
    this.scope = scope;
  }

  /** Where tracking addresses point while the end point is blank: herald.public-base-url. */
  public String getDefaultEndPoint() {
    return defaultEndPoint;
  }
}
