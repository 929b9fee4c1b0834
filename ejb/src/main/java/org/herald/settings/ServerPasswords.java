package org.herald.settings;

/**
 * The servers' passwords as an admin or the configuration gives them, in clear: they are stored
 * sealed and never shown again. A null one keeps the stored password.
 */
public record ServerPasswords(String smtp, String smpp) {

  /** Never the passwords. */
  @Override
  public String toString() {
    return "ServerPasswords[…]";
  }
}
