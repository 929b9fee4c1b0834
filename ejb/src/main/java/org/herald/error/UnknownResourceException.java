package org.herald.error;

import jakarta.ejb.ApplicationException;

/** The resource a path names does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class UnknownResourceException extends RuntimeException {

  public UnknownResourceException(String kind, String key) {
    super("No " + kind + " " + key);
  }
}
