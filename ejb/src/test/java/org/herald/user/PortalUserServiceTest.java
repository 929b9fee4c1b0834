package org.herald.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.audit.AuditTrail;
import org.herald.error.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The users' rules without a container: an in-memory repository, a reversible "hash", and an audit
 * trail that keeps what it is told.
 */
class PortalUserServiceTest {

  private final PortalUserService service = new PortalUserService();
  private final List<String> audited = new ArrayList<>();

  @BeforeEach
  void wire() {
    service.users = new InMemoryUsers();
    service.passwords = new PlainPasswords();
    service.audit = new RecordingAudit(audited);
    service.maxFailures = 5;
    service.lockDuration = Duration.ofMinutes(15);
    service.firstDelay = Duration.ZERO;
    service.clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void theFirstAdminIsCreatedOnlyWhenThereIsNoUser() {
    assertTrue(service.addFirstAdmin("admin", "first-password"));
    assertFalse(service.addFirstAdmin("admin", "changed-password"));
    assertEquals(Optional.of(Set.of(Role.ADMIN)), service.login("admin", "first-password"));
  }

  @Test
  void everyRefusalLooksTheSameAndAWrongPasswordCounts() {
    service.add("maria", "maria-password", Set.of(Role.OPERATOR));

    assertEquals(Optional.empty(), service.login("maria", "wrong-password"));
    assertEquals(Optional.empty(), service.login("nobody", "maria-password"));
    assertEquals(1, service.get("maria").getFailedLogins());

    service.change("maria", Set.of(Role.OPERATOR), false);
    assertEquals(Optional.empty(), service.login("maria", "maria-password"), "disabled");
  }

  @Test
  void fiveFailuresLockEvenTheRightPasswordUntilAReset() {
    service.add("maria", "maria-password", Set.of(Role.OPERATOR));
    for (int i = 0; i < 5; i++) {
      service.login("maria", "guess-" + i);
    }
    assertEquals(Optional.empty(), service.login("maria", "maria-password"));

    service.resetPassword("maria", "a-new-password");
    assertEquals(Optional.of(Set.of(Role.OPERATOR)), service.login("maria", "a-new-password"));
    assertTrue(audited.contains("user maria password reset"), audited::toString);
  }

  @Test
  void theLastEnabledAdminStaysAnEnabledAdmin() {
    service.add("admin", "admin-password", Set.of(Role.ADMIN));

    InvalidInputException disabled =
        assertThrows(
            InvalidInputException.class, () -> service.change("admin", Set.of(Role.ADMIN), false));
    assertEquals("LAST_ADMIN", disabled.errors().get(0).code());
    assertThrows(
        InvalidInputException.class, () -> service.change("admin", Set.of(Role.VIEWER), true));

    service.add("second", "second-password", Set.of(Role.ADMIN));
    service.change("admin", Set.of(Role.VIEWER), true);
    assertEquals(Set.of(Role.VIEWER), service.currentRoles("admin"));
  }

  @Test
  void aNewUserNeedsAValidNameAPasswordOfTenAndARole() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> service.add("a b", "short", Set.of()));
    assertEquals(
        List.of("username", "password", "roles"),
        refused.errors().stream().map(e -> e.field()).toList());

    service.add("maria", "maria-password", Set.of(Role.VIEWER));
    assertEquals(
        "DUPLICATE",
        assertThrows(
                InvalidInputException.class,
                () -> service.add("maria", "maria-password", Set.of(Role.VIEWER)))
            .errors()
            .get(0)
            .code());
  }

  private static final class InMemoryUsers extends PortalUserRepository {
    private final List<PortalUser> stored = new ArrayList<>();

    @Override
    public Optional<PortalUser> findByName(String username) {
      return stored.stream().filter(u -> u.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<PortalUser> findByNameForUpdate(String username) {
      return findByName(username);
    }

    @Override
    public List<PortalUser> all() {
      return List.copyOf(stored);
    }

    @Override
    public long count() {
      return stored.size();
    }

    @Override
    public void add(PortalUser user) {
      stored.add(user);
    }
  }

  private static final class PlainPasswords extends Passwords {
    @Override
    public String hash(String password) {
      return "plain:" + password;
    }

    @Override
    public boolean verify(String password, String hash) {
      return hash.equals("plain:" + password);
    }

    @Override
    public void verifyDecoy(String password) {}
  }

  private static final class RecordingAudit extends AuditTrail {
    private final List<String> entries;

    RecordingAudit(List<String> entries) {
      this.entries = entries;
    }

    @Override
    public void record(String subjectType, String subjectKey, String action) {
      entries.add(subjectType + " " + subjectKey + " " + action);
    }
  }
}
