package org.herald.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.api.problem.FieldError;
import org.herald.error.Violations;
import org.junit.jupiter.api.Test;

/** A run's expiry: a date or a duration, at most one, each checked and named. */
class RunExpiryTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private static Map<String, String> problems(Instant at, String after) {
    Violations violations = new Violations();
    RunExpiry.check(at, after, NOW, violations);
    return violations.errors().stream()
        .collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a + "," + b));
  }

  @Test
  void noneLeavesTheQueuesDefault() {
    assertNull(RunExpiry.NONE.of(NOW));
    assertTrue(problems(null, null).isEmpty());
  }

  @Test
  void aDateIsKeptAndADurationCountsFromEachCommunication() {
    Instant end = NOW.plusSeconds(3600);
    assertEquals(end, new RunExpiry(end, null).of(NOW.plusSeconds(60)));
    assertEquals(NOW.plusSeconds(43_200), new RunExpiry(null, "PT12H").of(NOW));
    assertTrue(problems(end, null).isEmpty());
    assertTrue(problems(null, "P3D").isEmpty());
  }

  @Test
  void everyBadValueIsNamed() {
    assertEquals(Map.of("expiresAfter", "CONFLICT"), problems(NOW.plusSeconds(60), "P1D"));
    assertEquals(Map.of("expiresAt", "IN_THE_PAST"), problems(NOW, null));
    assertEquals(
        Map.of("expiresAt", "OUT_OF_RANGE"),
        problems(Instant.parse("+10000-01-01T00:00:00Z"), null));
    assertEquals(Map.of("expiresAfter", "INVALID_DURATION"), problems(null, "three days"));
    assertEquals(Map.of("expiresAfter", "OUT_OF_RANGE"), problems(null, "-P1D"));
    assertEquals(Map.of("expiresAfter", "OUT_OF_RANGE"), problems(null, "P3651D"));
    assertEquals(Map.of("expiresAfter", "OUT_OF_RANGE"), problems(null, "PT0S"));
  }
}
