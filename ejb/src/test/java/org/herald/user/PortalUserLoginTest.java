package org.herald.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Failed logins slow down, then lock a user name for a while; success or a reset clears them. */
class PortalUserLoginTest {

  private static final LoginPolicy POLICY =
      new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(1));
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private final PortalUser maria = new PortalUser("maria", "hash", Set.of(Role.OPERATOR), T0);

  @Test
  void theWaitDoublesAfterEachFailureInARow() {
    assertEquals(Duration.ZERO, POLICY.delayAfter(0));
    assertEquals(Duration.ofSeconds(1), POLICY.delayAfter(1));
    assertEquals(Duration.ofSeconds(2), POLICY.delayAfter(2));
    assertEquals(Duration.ofSeconds(8), POLICY.delayAfter(4));
    assertEquals(Duration.ofMinutes(15), POLICY.delayAfter(40), "never longer than a lock");
  }

  @Test
  void anAttemptBeforeTheWaitIsOverIsRefusedUnchecked() {
    assertEquals(Admission.OPEN, maria.admission(T0, POLICY));
    maria.loginFailed(T0, POLICY);
    maria.loginFailed(T0.plusSeconds(1), POLICY);

    assertEquals(Admission.TOO_SOON, maria.admission(T0.plusMillis(2_999), POLICY));
    assertEquals(Admission.OPEN, maria.admission(T0.plusSeconds(3), POLICY));
  }

  @Test
  void theFifthFailureInARowLocksTheNameForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      maria.loginFailed(T0.plusSeconds(i * 60L), POLICY);
      assertFalse(maria.isLocked(T0.plusSeconds(i * 60L)));
    }
    Instant fifth = T0.plusSeconds(300);
    maria.loginFailed(fifth, POLICY);

    assertEquals(Admission.LOCKED, maria.admission(fifth.plus(Duration.ofMinutes(14)), POLICY));
    assertEquals(Admission.OPEN, maria.admission(fifth.plus(Duration.ofMinutes(15)), POLICY));
    assertEquals(0, maria.getFailedLogins(), "a new round of attempts once the lock ends");
  }

  @Test
  void successAndAPasswordResetClearTheFailures() {
    maria.loginFailed(T0, POLICY);
    maria.loginSucceeded();
    assertEquals(Admission.OPEN, maria.admission(T0, POLICY));

    for (int i = 0; i < 5; i++) {
      maria.loginFailed(T0, POLICY);
    }
    assertTrue(maria.isLocked(T0));
    maria.changePassword("new hash");
    assertEquals(Admission.OPEN, maria.admission(T0, POLICY));
  }

  @Test
  void aUserKeepsAtLeastOneRoleAndOnlyAnEnabledAdminCountsAsAdmin() {
    assertThrows(IllegalArgumentException.class, () -> maria.assign(EnumSet.noneOf(Role.class)));
    maria.assign(EnumSet.of(Role.ADMIN, Role.VIEWER));
    assertEquals(EnumSet.of(Role.ADMIN, Role.VIEWER), maria.getRoles());
    assertTrue(maria.isAdmin());
    maria.disable();
    assertFalse(maria.isAdmin());
  }
}
