package org.herald.externalsystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.TestClock;
import org.herald.api.Medium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExternalSystemKeysTest {

  private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

  /** The database's answers, and how often it was asked. */
  private static final class Database extends ExternalSystemService {
    final List<String> asked = new ArrayList<>();
    ExternalSystem system;
    ApiKey current;
    ApiKey previous;
    Instant graceEnds;

    @Override
    public Optional<ExternalSystem> authenticate(String presentedKey) {
      asked.add(presentedKey);
      boolean accepted =
          presentedKey.equals(current.value())
              || (previous != null
                  && presentedKey.equals(previous.value())
                  && now.instant().isBefore(graceEnds));
      return accepted ? Optional.of(system) : Optional.empty();
    }

    TestClock now;
  }

  private final TestClock clock = new TestClock(T0);
  private final Database database = new Database();
  private final ExternalSystemKeys keys = new ExternalSystemKeys();

  @BeforeEach
  void aSystem() {
    database.now = clock;
    database.current = ApiKey.generate();
    database.system =
        new ExternalSystem(
            "PORTAL",
            new ExternalSystemDetails("Portal", null, Set.of(Medium.PUSH), null, null),
            database.current,
            T0);
    keys.systems = database;
    keys.clock = clock;
  }

  @Test
  void anAcceptedKeyIsTakenForASecondWithoutAskingAgain() {
    String key = database.current.value();
    assertSame(database.system, keys.authenticate(key).orElseThrow());
    clock.set(T0.plusMillis(999));
    assertSame(database.system, keys.authenticate(key).orElseThrow());
    assertEquals(1, database.asked.size());
    clock.set(T0.plus(ExternalSystemKeys.REMEMBERED));
    keys.authenticate(key);
    assertEquals(2, database.asked.size());
  }

  @Test
  void aRefusedKeyIsAskedForEveryTime() {
    assertTrue(keys.authenticate("hsk_unknown").isEmpty());
    assertTrue(keys.authenticate("hsk_unknown").isEmpty());
    assertEquals(2, database.asked.size());
  }

  @Test
  void aSystemChangedHereIsForgottenSoItsReplacedKeyKeepsExactlyItsGrace() {
    String old = database.current.value();
    keys.authenticate(old);
    // Rotated with no grace: the old key stops at once, though remembered a moment ago.
    database.previous = database.current;
    database.current = ApiKey.generate();
    database.graceEnds = T0;
    database.system.rotate(database.current, T0, Duration.ZERO);
    keys.forget(new ExternalSystemChanged("PORTAL"));
    assertTrue(keys.authenticate(old).isEmpty());
    assertTrue(keys.authenticate(database.current.value()).isPresent());
  }

  @Test
  void aReplacedKeyIsNotRememberedBeyondItsGrace() {
    ApiKey old = database.current; // replaced 4.7 s ago with a grace of 5 s
    database.previous = old;
    database.current = ApiKey.generate();
    database.graceEnds = T0.plusMillis(300);
    database.system.rotate(database.current, T0.minusMillis(4700), Duration.ofMillis(5000));
    assertTrue(keys.authenticate(old.value()).isPresent());
    clock.set(T0.plusMillis(299));
    assertTrue(keys.authenticate(old.value()).isPresent());
    assertEquals(1, database.asked.size());
    clock.set(T0.plusMillis(300)); // the grace is over: asked again, and refused
    assertTrue(keys.authenticate(old.value()).isEmpty());
    assertEquals(2, database.asked.size());
  }
}
