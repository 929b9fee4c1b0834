package org.herald.dynamiclink;

import jakarta.ejb.ApplicationException;

/** A dynamic link acts once; this one has (a replay, a second click, a mail scanner). */
@ApplicationException(rollback = true)
public class LinkAlreadyUsedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LinkAlreadyUsedException() {
    super("this link has been used already");
  }
}
