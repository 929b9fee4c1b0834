package org.herald.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The external system a presented key belongs to, remembered by this node for a second after the
 * database said so. Every request of a system authenticates (a portal emptying its queue makes
 * hundreds a second), and the look-up was a sixth of a single report's CPU: an EJB call, an entity
 * manager of its own outside a transaction, a connection from the pool and a query. What this node
 * changes (a key rotated, the system's details) is forgotten as soon as the change has committed,
 * so the old key keeps exactly its grace here; another node of a cluster may accept a replaced key
 * for up to the second it remembers it. Only accepted keys are remembered, and a key replaced
 * earlier ({@code herald.external-system.key-grace}) never beyond the end of its grace.
 */
@ApplicationScoped
public class ExternalSystemKeys {

  /** How long an accepted key is taken without asking the database again. */
  static final Duration REMEMBERED = Duration.ofSeconds(1);

  /** Past this many keys, the expired ones are dropped before another is remembered. */
  private static final int MOST_REMEMBERED = 10_000;

  private record Remembered(ExternalSystem system, Instant until) {}

  private final Map<String, Remembered> byHash = new ConcurrentHashMap<>();

  @Inject ExternalSystemService systems;
  Clock clock = Clock.systemUTC();

  /** The system whose key (current, or replaced and still in its grace) this is, if any. */
  public Optional<ExternalSystem> authenticate(String presentedKey) {
    String hash = ApiKey.hash(presentedKey);
    Instant now = clock.instant();
    Remembered remembered = byHash.get(hash);
    if (remembered != null && now.isBefore(remembered.until())) {
      return Optional.of(remembered.system());
    }
    Optional<ExternalSystem> found = systems.authenticate(presentedKey);
    if (found.isPresent()) {
      remember(hash, found.get(), now);
    } else {
      byHash.remove(hash);
    }
    return found;
  }

  private void remember(String hash, ExternalSystem system, Instant now) {
    Instant until = now.plus(REMEMBERED);
    Instant graceEnds = system.getPreviousKeyValidUntil();
    if (!system.isCurrentKey(hash) && graceEnds != null && graceEnds.isBefore(until)) {
      until = graceEnds;
    }
    if (byHash.size() >= MOST_REMEMBERED) {
      byHash.values().removeIf(expired -> !now.isBefore(expired.until()));
    }
    byHash.put(hash, new Remembered(system, until));
  }

  /** Forgets the keys of a system this node changed, once the change has committed. */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExternalSystemChanged change) {
    byHash.values().removeIf(remembered -> remembered.system().getCode().equals(change.code()));
  }
}
