package org.herald.secret;

/** A stored value that cannot be opened; the message names the reason and key, never the value. */
public class UnreadableSecretException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a value cannot be opened. */
  public enum Reason {
    /** Not in the sealed format: stored in clear, or not a secret at all. */
    NOT_SEALED,
    /** Sealed with a key that is neither the current one nor an older one configured. */
    UNKNOWN_KEY,
    /** Changed since it was sealed, or sealed with another key of the same id. */
    TAMPERED
  }

  private final Reason reason;

  UnreadableSecretException(Reason reason, String detail) {
    super("secret refused: " + reason + " (" + detail + ")");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
