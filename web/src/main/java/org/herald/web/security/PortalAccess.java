package org.herald.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.herald.user.Role;

/**
 * The caller's roles as pages and beans ask for them. Pages hide what a role may not do; every
 * action that changes something asks {@link #mayEdit()} or {@link #mayAdminister()} again on the
 * server, so a forged request is refused all the same.
 */
@Named("portal")
@RequestScoped
public class PortalAccess {

  @Inject SecurityContext security;

  public String getUsername() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  /** The caller's highest role, as the header shows it. */
  public String getRole() {
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        return role.name();
      }
    }
    return null;
  }

  /** Communications, templates, contacts, runs. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name())
        || security.isCallerInRole(Role.OPERATOR.name());
  }

  /** Settings, external systems, users. */
  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN.name());
  }

  /** Whether the caller may change what operators change; if not, says so on the page. */
  public boolean mayEdit() {
    return allowedIf(isEditor());
  }

  /** Whether the caller may change what only admins change; if not, says so on the page. */
  public boolean mayAdminister() {
    return allowedIf(isAdmin());
  }

  private boolean allowedIf(boolean allowed) {
    if (!allowed) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Your role may not make this change; nothing saved",
              ""));
      faces.validationFailed();
    }
    return allowed;
  }

  public String logout() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login?faces-redirect=true";
  }
}
