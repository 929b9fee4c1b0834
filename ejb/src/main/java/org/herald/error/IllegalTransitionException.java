package org.herald.error;

import jakarta.ejb.ApplicationException;

/** A life-cycle change the current state does not allow; answered as 409 with the reason. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

  public IllegalTransitionException(String message) {
    super(message);
  }
}
