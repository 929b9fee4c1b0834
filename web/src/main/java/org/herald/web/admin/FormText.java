package org.herald.web.admin;

/** Text as the portal's forms hand it to services: an empty input is no value. */
final class FormText {

  private FormText() {}

  /** The input without surrounding blanks, or null when nothing but blanks was typed. */
  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
