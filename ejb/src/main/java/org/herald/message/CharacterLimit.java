package org.herald.message;

import java.util.Optional;
import java.util.stream.Stream;
import org.herald.api.Medium;
import org.herald.settings.Settings;

/**
 * The character limit in force for a medium: the lower of the medium's in General Settings and the
 * processing external system's, if either has one (the seed validates against the lowest).
 */
public final class CharacterLimit {

  private CharacterLimit() {}

  /**
   * @param systemLimit the processing external system's limit; null when none processes it or it
   *     sets none
   */
  public static Optional<Integer> of(Settings settings, Integer systemLimit, Medium medium) {
    return Stream.of(settings.characterLimit(medium), Optional.ofNullable(systemLimit))
        .flatMap(Optional::stream)
        .min(Integer::compare);
  }
}
