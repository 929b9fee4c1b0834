package org.herald.error;

import jakarta.ejb.ApplicationException;

/**
 * Something Herald relies on (the batch runtime, a server) refused the request for now; what was
 * asked was recorded as it stands (e.g. a run FAILED, to be resumed). Answered as 503 naming the
 * cause. Not rolled back: the record of the failure must stay.
 */
@ApplicationException(rollback = false)
public class UnavailableException extends RuntimeException {

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
