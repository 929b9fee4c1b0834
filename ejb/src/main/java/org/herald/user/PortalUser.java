package org.herald.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone who logs in to the admin portal: a user name, a password hash, roles, whether the account
 * is enabled, and the failed logins in a row that slow down and lock guessing ({@link
 * LoginPolicy}).
 */
@Entity
@Table(name = "portal_user")
@NamedQuery(
    name = "PortalUser.byName",
    query = "SELECT u FROM PortalUser u WHERE u.username = :username")
@NamedQuery(name = "PortalUser.all", query = "SELECT u FROM PortalUser u ORDER BY u.username")
@NamedQuery(name = "PortalUser.count", query = "SELECT COUNT(u) FROM PortalUser u")
public class PortalUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_user_seq")
  @SequenceGenerator(
      name = "portal_user_seq",
      sequenceName = "portal_user_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "roles", nullable = false)
  private String roles;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "last_failed_login_at")
  private Instant lastFailedLoginAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private long version;

  protected PortalUser() {}

  public PortalUser(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = createdAt;
    assign(roles);
  }

  /** Whether an attempt to log in now is checked, or refused unchecked. */
  public Admission admission(Instant now, LoginPolicy policy) {
    if (lockedUntil != null && now.isBefore(lockedUntil)) {
      return Admission.LOCKED;
    }
    if (lastFailedLoginAt != null
        && now.isBefore(lastFailedLoginAt.plus(policy.delayAfter(failedLogins)))) {
      return Admission.TOO_SOON;
    }
    return Admission.OPEN;
  }

  /**
   * Counts a failed (or refused) attempt; the last one allowed in a row locks the name, and the
   * count starts again once the lock ends.
   */
  public void loginFailed(Instant now, LoginPolicy policy) {
    failedLogins++;
    lastFailedLoginAt = now;
    if (failedLogins >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockDuration());
      failedLogins = 0;
      lastFailedLoginAt = null;
    }
  }

  public void loginSucceeded() {
    failedLogins = 0;
    lastFailedLoginAt = null;
    lockedUntil = null;
  }

  /** A new password (an admin's reset) also lifts a lock: the admin vouches for the user. */
  public void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
    loginSucceeded();
  }

  public void assign(Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs a role");
    }
    this.roles = EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
  }

  public void enable() {
    enabled = true;
  }

  public void disable() {
    enabled = false;
  }

  public boolean isAdmin() {
    return enabled && getRoles().contains(Role.ADMIN);
  }

  public Set<Role> getRoles() {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
    return set;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
