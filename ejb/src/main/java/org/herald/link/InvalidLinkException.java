package org.herald.link;

import jakarta.ejb.ApplicationException;

/** A link token Herald did not sign as it stands, or no longer accepts. */
@ApplicationException(rollback = true)
public class InvalidLinkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a token is refused. */
  public enum Reason {
    /** Not a token, or changed since it was signed. */
    TAMPERED,
    /** Signed, but past its expiry. */
    EXPIRED,
    /** Signed for another kind of link. */
    WRONG_KIND
  }

  private final Reason reason;

  public InvalidLinkException(Reason reason) {
    super("link token refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
