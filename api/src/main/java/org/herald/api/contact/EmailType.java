package org.herald.api.contact;

/** The kind of an email address, used to pick "a specific media type". */
public enum EmailType {
  PERSONAL,
  WORK,
  OTHER
}
