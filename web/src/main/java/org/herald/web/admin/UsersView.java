package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herald.error.InvalidInputException;
import org.herald.user.PortalUser;
import org.herald.user.PortalUserService;
import org.herald.user.Role;
import org.herald.web.security.PortalAccess;

/**
 * The Users screen (admins only): add a user, and for the chosen one change roles, enable or
 * disable, reset the password (which also lifts a lock), and see who changed what.
 */
@Named("users")
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalUserService service;
  @Inject transient PortalAccess access;

  private List<PortalUser> all = List.of();
  private String newUsername;
  private String newPassword;
  private List<String> newRoles = new ArrayList<>(List.of(Role.VIEWER.name()));

  private String chosen;
  private List<String> roles = new ArrayList<>();
  private boolean enabled;
  private String password;

  @PostConstruct
  void load() {
    all = service.all();
  }

  public void add() {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      PortalUser user = service.add(trimmed(newUsername), newPassword, roles(newRoles));
      PortalMessages.info("User " + user.getUsername() + " added");
      newUsername = null;
      newPassword = null;
      newRoles = new ArrayList<>(List.of(Role.VIEWER.name()));
      load();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), field -> "new" + capitalized(field));
    }
  }

  public void choose(String username) {
    PortalUser user = service.get(username);
    chosen = user.getUsername();
    roles = new ArrayList<>(user.getRoles().stream().map(Role::name).toList());
    enabled = user.isEnabled();
    password = null;
  }

  public void save() {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      service.change(chosen, roles(roles), enabled);
      PortalMessages.info("User " + chosen + " saved");
      load();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), field -> field);
    }
  }

  public void resetPassword() {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      service.resetPassword(chosen, password);
      password = null;
      PortalMessages.info("Password of " + chosen + " reset");
      load();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), field -> field);
    }
  }

  public boolean locked(PortalUser user) {
    return user.isLocked(Instant.now());
  }

  public String roleNames(PortalUser user) {
    return String.join(", ", user.getRoles().stream().map(Role::name).toList());
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    names.forEach(name -> set.add(Role.valueOf(name)));
    return set;
  }

  private static String trimmed(String value) {
    return value == null ? null : value.strip();
  }

  private static String capitalized(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  public List<PortalUser> getAll() {
    return all;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getChosen() {
    return chosen;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
