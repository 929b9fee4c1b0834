package org.herald.user;

/** Whether a login attempt for a user name is checked at all. */
public enum Admission {
  /** The password is checked. */
  OPEN,
  /** Too soon after the last failure: refused unchecked. */
  TOO_SOON,
  /** Too many failures in a row: refused unchecked until the lock ends. */
  LOCKED
}
