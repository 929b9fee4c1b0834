package org.herald.queue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.herald.error.InvalidValueException;

/**
 * Where a page of an external system's queue ended: the next page holds the entries after it. A
 * client sees only the opaque {@link #token()} (internal ids never appear in the API as such), and
 * hands it back as it got it.
 */
public record QueueCursor(long afterId) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  public QueueCursor {
    if (afterId < 1) {
      throw new IllegalArgumentException("a cursor follows an entry: " + afterId);
    }
  }

  public String token() {
    return ENCODER.encodeToString(Long.toString(afterId).getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor a token stands for; anything this class did not write is refused. */
  public static QueueCursor parse(String token) {
    try {
      String id = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      if (id.matches("[1-9][0-9]{0,18}")) {
        QueueCursor cursor = new QueueCursor(Long.parseLong(id));
        if (cursor.token().equals(token)) {
          return cursor;
        }
      }
    } catch (IllegalArgumentException e) {
      // not Base64, or beyond a long: refused below like any other stranger
    }
    throw new InvalidValueException(
        "INVALID_CURSOR", "is not a cursor this API answered (use the page's next as it is)");
  }
}
