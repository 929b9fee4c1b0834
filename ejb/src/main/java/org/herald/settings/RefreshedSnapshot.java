package org.herald.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Settings read at most once per refresh interval and shared between threads: nodes share the
 * database, so a change elsewhere shows within the interval, one here as soon as it is invalidated.
 */
public final class RefreshedSnapshot<T> {

  private final Supplier<T> load;
  private final Duration refresh;
  private volatile Loaded<T> loaded;

  private record Loaded<T>(T value, Instant at) {}

  public RefreshedSnapshot(Supplier<T> load, Duration refresh) {
    this.load = load;
    this.refresh = refresh;
  }

  public T get() {
    Loaded<T> snapshot = loaded;
    Instant now = Instant.now();
    if (snapshot == null || snapshot.at().plus(refresh).isBefore(now)) {
      snapshot = new Loaded<>(load.get(), now);
      loaded = snapshot;
    }
    return snapshot.value();
  }

  public void invalidate() {
    loaded = null;
  }
}
