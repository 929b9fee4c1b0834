package org.herald.idempotency;

import java.util.Optional;
import java.util.function.Function;
import org.herald.error.InvalidInputException;

/**
 * A create request with its {@code Idempotency-Key}, if it has one, and the {@link
 * RequestFingerprint} of the request. The resource it creates keeps both, so a repeat of the same
 * request answers that resource, and the same key with another request is refused instead of being
 * answered with what the first one made.
 */
public record IdempotentRequest(String key, String fingerprint) {

  /** The field a refusal names: the request's header. */
  public static final String FIELD = "Idempotency-Key";

  public static final String REUSED = "IDEMPOTENCY_KEY_REUSED";

  /** A request without a key: nothing to remember. */
  public static final IdempotentRequest NONE = new IdempotentRequest(null, null);

  /** {@code request} under {@code key}; without a key (null), {@link #NONE}. */
  public static IdempotentRequest of(String key, Object request) {
    return key == null ? NONE : new IdempotentRequest(key, RequestFingerprint.of(request));
  }

  /**
   * What the first request with this key made, if this one repeats it; refuses the key if it came
   * with another request. A resource made before fingerprints were kept has none: it is answered.
   *
   * @param findByKey finds the resource made under a key
   * @param fingerprintOf the fingerprint the resource keeps
   */
  public <T> Optional<T> earlier(
      Function<String, Optional<T>> findByKey, Function<T, String> fingerprintOf) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<T> earlier = findByKey.apply(key);
    earlier
        .map(fingerprintOf)
        .filter(stored -> !stored.equals(fingerprint))
        .ifPresent(
            stored -> {
              throw InvalidInputException.of(
                  FIELD,
                  REUSED,
                  "was used for a request with another body; send a new key for a new request");
            });
    return earlier;
  }
}
