package org.herald.web.api.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The rule every text input follows: no control characters (PostgreSQL refuses NUL, the rest are
 * never meant), except tab, line feed and carriage return in multi-line text such as a body.
 */
public final class Text {

  private Text() {}

  /** The bytes as UTF-8 text, or null when they are not UTF-8 (never U+FFFD in their place). */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

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
