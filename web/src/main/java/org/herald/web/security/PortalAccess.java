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
import java.util.EnumSet;
import java.util.Set;
import org.herald.user.PortalUserService;
import org.herald.user.Role;

/**
 * The caller's roles as pages and beans ask for them. Pages hide what a role may not do; every
 * action that changes something asks {@link #mayEdit()} or {@link #mayAdminister()} again on the
 * server, so a forged request is refused all the same. The roles are read from the database once
 * per request, not from the login: a role taken away holds at the user's next action (and the first
 * page after the login, which the container restores, shows the right menus).
 */
@Named("portal")
@RequestScoped
public class PortalAccess {

  @Inject SecurityContext security;
  @Inject PortalUserService users;

  private Set<Role> roles;

  public String getUsername() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  /** The caller's highest role, as the header shows it. */
  public String getRole() {
    return roles().stream().findFirst().map(Role::name).orElse(null);
  }

  /** Communications, templates, contacts, runs. */
  public boolean isEditor() {
    return roles().stream().anyMatch(Role::mayEdit);
  }

  /** Settings, external systems, users. */
  public boolean isAdmin() {
    return roles().contains(Role.ADMIN);
  }

  /** In EnumSet order, so the first is the highest. */
  private Set<Role> roles() {
    if (roles == null) {
      String caller = getUsername();
      roles = EnumSet.noneOf(Role.class);
      if (caller != null) {
        roles.addAll(users.currentRoles(caller));
      }
    }
    return roles;
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
