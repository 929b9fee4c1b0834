package org.herald.web.api;

import org.herald.error.InvalidInputException;
import org.herald.web.api.input.Text;

/** The optional {@code Idempotency-Key} header of create and send requests. */
public final class IdempotencyKey {

  public static final String HEADER = "Idempotency-Key";

  /** The header as the OpenAPI document describes it. */
  public static final String DESCRIPTION =
      "1 to 200 characters. The same request again with this key answers what the first one made"
          + " (nothing is made or sent twice); this key with a different request is refused (422"
          + " IDEMPOTENCY_KEY_REUSED). Requests are compared by their content, not their spacing"
          + " or property order.";

  private static final int MAX_LENGTH = 200;

  private IdempotencyKey() {}

  /** The key, or null when absent; refuses blank or over-long keys. */
  public static String check(String key) {
    if (key == null) {
      return null;
    }
    if (key.isBlank() || key.length() > MAX_LENGTH) {
      throw InvalidInputException.of(
          HEADER, "OUT_OF_RANGE", "must be 1 to " + MAX_LENGTH + " characters");
    }
    String problem = Text.problem(key, false);
    if (problem != null) {
      throw InvalidInputException.of(HEADER, "INVALID_TEXT", problem);
    }
    return key;
  }
}
