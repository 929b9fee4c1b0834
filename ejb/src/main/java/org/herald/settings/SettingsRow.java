package org.herald.settings;

/**
 * A settings table's single row (id {@link #ID}), read through {@link CurrentSettings} as the
 * immutable value it holds.
 */
public interface SettingsRow<T> {

  long ID = 1L;

  /** What the row says now, detached from the persistence context. */
  T snapshot();
}
