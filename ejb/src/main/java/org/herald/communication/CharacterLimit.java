package org.herald.communication;

import java.util.Optional;
import java.util.stream.Stream;
import org.herald.api.Medium;
import org.herald.externalsystem.ExternalSystem;
import org.herald.settings.Settings;

/**
 * The character limit in force for a medium: the lower of the medium's in General Settings and the
 * processing external system's, if either has one (the seed validates against the lowest).
 */
public final class CharacterLimit {

  private CharacterLimit() {}

  public static Optional<Integer> of(Settings settings, ExternalSystem system, Medium medium) {
    return Stream.of(
            settings.characterLimit(medium),
            Optional.ofNullable(system).map(ExternalSystem::getCharacterLimit))
        .flatMap(Optional::stream)
        .min(Integer::compare);
  }
}
