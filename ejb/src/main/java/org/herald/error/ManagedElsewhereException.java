package org.herald.error;

import jakarta.ejb.ApplicationException;

/**
 * A change asked of a resource that another resource owns (contact information is changed as a
 * contact); answered as 405, naming where to make the change.
 */
@ApplicationException(rollback = true)
public class ManagedElsewhereException extends RuntimeException {

  public ManagedElsewhereException(String message) {
    super(message);
  }
}
