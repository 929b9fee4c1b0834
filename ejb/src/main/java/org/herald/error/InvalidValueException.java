package org.herald.error;

/** A single value that breaks a rule; {@link Violations} attaches the field it came from. */
public class InvalidValueException extends RuntimeException {

  private final String code;

  public InvalidValueException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
