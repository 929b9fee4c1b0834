package org.herald.user;

/**
 * What a portal user may do. The names are the Jakarta Security groups the identity store answers
 * and the roles web.xml constrains screens with.
 */
public enum Role {
  /** Everything, including settings, external systems and the users screen. */
  ADMIN,
  /** Communications, templates, contacts and runs; not settings, external systems or users. */
  OPERATOR,
  /** Reads every screen an operator sees, changes nothing. */
  VIEWER;

  /** Whether this role may change communications, templates, contacts and runs. */
  public boolean mayEdit() {
    return this == ADMIN || this == OPERATOR;
  }
}
