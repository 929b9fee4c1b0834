package org.herald.queue;

/**
 * What a peer said (its reply, error code or reason), made fit to keep: one line of printable text
 * that fits its column. A peer is not trusted to send clean text: control characters (NUL, which
 * PostgreSQL refuses, and line breaks alike) become spaces, runs of spaces one, unpaired surrogates
 * U+FFFD; text longer than its column is cut, never inside a surrogate pair, and ends with {@link
 * #CUT}. Lengths count UTF-16 units, which is at least what PostgreSQL and H2 count.
 */
final class PeerText {

  static final String CUT = "…";

  private PeerText() {}

  /** {@code text} cleaned and at most {@code max} characters long; null stays null. */
  static String fit(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String piece;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        piece = text.substring(i, i + 2);
        i++;
      } else if (Character.isSurrogate(c)) {
        piece = "\uFFFD";
      } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        space = clean.length() > 0;
        continue;
      } else {
        piece = String.valueOf(c);
      }
      if (clean.length() + (space ? 1 : 0) + piece.length() > max) {
        return cut(clean, max);
      }
      clean.append(space ? " " : "").append(piece);
      space = false;
    }
    return clean.toString();
  }

  private static String cut(StringBuilder clean, int max) {
    int end = Math.min(clean.length(), max - CUT.length());
    if (end > 0 && end < clean.length() && Character.isLowSurrogate(clean.charAt(end))) {
      end--; // keep the pair whole
    }
    return clean.substring(0, end).stripTrailing() + CUT;
  }
}
