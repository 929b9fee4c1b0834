package org.herald.web.api.input;

/**
 * The rule every text input follows: no control characters (PostgreSQL refuses NUL, the rest are
 * never meant), except tab, line feed and carriage return in multi-line text such as a body.
 */
public final class Text {

  private Text() {}

  /** Why {@code value} is refused, or null when it is acceptable text. */
  public static String problem(String value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
        return String.format("must not contain control characters (U+%04X at %d)", (int) c, i);
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          return "must be valid Unicode (an unpaired surrogate at " + i + ")";
        }
        i++;
      }
    }
    return null;
  }
}
