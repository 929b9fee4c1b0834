package org.herald.user;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.audit.AuditTrail;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;

/**
 * Logs portal users in and keeps them: add, enable or disable, reset a password, change roles. An
 * enabled admin always remains, so the portal cannot lock everyone out of the users screen.
 */
@Stateless
public class PortalUserService {

  /** How the audit trail names users. */
  public static final String SUBJECT = "user";

  private static final int MIN_PASSWORD = 10;
  // PBKDF2 runs over the whole password: a bound keeps one request from costing seconds.
  private static final int MAX_PASSWORD = 200;

  @Inject PortalUserRepository users;
  @Inject Passwords passwords;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "herald.portal.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "herald.portal.login.lock-duration", defaultValue = "PT15M")
  Duration lockDuration;

  @Inject
  @ConfigProperty(name = "herald.portal.login.delay", defaultValue = "PT1S")
  Duration firstDelay;

  Clock clock = Clock.systemUTC();

  /**
   * The roles of a user whose password matches, or nothing: an unknown name, a disabled user, a
   * wrong password, an attempt too soon after a failure or while locked all look the same to the
   * caller. Failures are counted even when the answer is nothing, so this commits either way.
   */
  public Optional<Set<Role>> login(String username, String password) {
    if (username == null || password == null || password.length() > MAX_PASSWORD) {
      return Optional.empty();
    }
    Optional<PortalUser> found = users.findByNameForUpdate(username);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      return Optional.empty();
    }
    PortalUser user = found.get();
    LoginPolicy policy = policy();
    if (user.admission(clock.instant(), policy) != Admission.OPEN) {
      user.loginFailed(clock.instant(), policy);
      return Optional.empty();
    }
    if (!passwords.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
      user.loginFailed(clock.instant(), policy);
      return Optional.empty();
    }
    user.loginSucceeded();
    return Optional.of(user.getRoles());
  }

  /** Whether the user may still work: a disabled user's open session ends at the next request. */
  public boolean isEnabled(String username) {
    return users.findByName(username).map(PortalUser::isEnabled).orElse(false);
  }

  /** The user's roles as stored now; none for a disabled or unknown user. */
  public Set<Role> currentRoles(String username) {
    return users
        .findByName(username)
        .filter(PortalUser::isEnabled)
        .map(PortalUser::getRoles)
        .orElse(Set.of());
  }

  public List<PortalUser> all() {
    return users.all();
  }

  public PortalUser get(String username) {
    return users
        .findByName(username)
        .orElseThrow(() -> new UnknownResourceException("user", username));
  }

  public PortalUser add(String username, String password, Set<Role> roles) {
    Violations violations = new Violations();
    if (username == null || !username.matches("[A-Za-z0-9._@-]{3,50}")) {
      violations.add("username", "INVALID_VALUE", "must be 3 to 50 of letters, digits and . _ @ -");
    } else if (users.findByName(username).isPresent()) {
      violations.add("username", "DUPLICATE", "user " + username + " exists already");
    }
    checkPassword(violations, password);
    checkRoles(violations, roles);
    violations.throwIfAny();
    PortalUser user = new PortalUser(username, passwords.hash(password), roles, clock.instant());
    users.add(user);
    audit.record(SUBJECT, username, "added with roles " + roles);
    return user;
  }

  /** Changes roles and whether the user is enabled, as long as an enabled admin remains. */
  public PortalUser change(String username, Set<Role> roles, boolean enabled) {
    PortalUser user = get(username);
    Violations violations = new Violations();
    checkRoles(violations, roles);
    boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
    if (user.isAdmin() && !staysAdmin && !anotherAdminThan(user)) {
      violations.add(
          enabled ? "roles" : "enabled",
          "LAST_ADMIN",
          "the last enabled admin must stay an enabled admin");
    }
    violations.throwIfAny();
    if (!user.getRoles().equals(roles)) {
      audit.record(SUBJECT, username, "roles changed from " + user.getRoles() + " to " + roles);
      user.assign(roles);
    }
    if (user.isEnabled() != enabled) {
      audit.record(SUBJECT, username, enabled ? "enabled" : "disabled");
      if (enabled) {
        user.enable();
      } else {
        user.disable();
      }
    }
    return user;
  }

  /** Sets a new password and lifts a lock. */
  public PortalUser resetPassword(String username, String password) {
    PortalUser user = get(username);
    Violations violations = new Violations();
    checkPassword(violations, password);
    violations.throwIfAny();
    user.changePassword(passwords.hash(password));
    audit.record(SUBJECT, username, "password reset");
    return user;
  }

  /**
   * Creates the first admin from configuration when there is no user at all; answers whether it
   * did. Later starts leave the users alone, so a changed password is not reset.
   */
  public boolean addFirstAdmin(String username, String password) {
    if (users.count() > 0) {
      return false;
    }
    add(username, password, Set.of(Role.ADMIN));
    return true;
  }

  private boolean anotherAdminThan(PortalUser user) {
    return users.all().stream()
        .anyMatch(u -> u.isAdmin() && !u.getUsername().equals(user.getUsername()));
  }

  private static void checkPassword(Violations violations, String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      violations.add("password", "TOO_SHORT", "must be at least " + MIN_PASSWORD + " characters");
    } else if (password.length() > MAX_PASSWORD) {
      violations.add("password", "OUT_OF_RANGE", "must be at most " + MAX_PASSWORD + " characters");
    }
  }

  private static void checkRoles(Violations violations, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      violations.add("roles", "REQUIRED", "a user needs at least one role");
    }
  }

  private LoginPolicy policy() {
    return new LoginPolicy(maxFailures, lockDuration, firstDelay);
  }
}
