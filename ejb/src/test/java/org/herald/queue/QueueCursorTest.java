package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.herald.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueCursorTest {

  @Test
  void aTokenReadsBackAsTheCursorThatWroteIt() {
    for (long id : new long[] {1, 42, 1_000_000, Long.MAX_VALUE}) {
      QueueCursor cursor = new QueueCursor(id);
      assertEquals(cursor, QueueCursor.parse(cursor.token()));
    }
  }

  @Test
  void theTokenIsNotTheBareIdAndNeedsNoEscapingInAUrl() {
    String token = new QueueCursor(12345).token();
    assertFalse(token.contains("12345"));
    assertEquals(token, URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12345",
        "MTIzNDU=",
        "!!!",
        "MA",
        "LTE",
        "MDEy",
        "OTIyMzM3MjAzNjg1NDc3NTgwOA",
        "YWJj"
      })
  void anythingElseIsRefusedAsNoCursor(String token) {
    // the bare id, padding, not Base64, 0, -1, a leading zero, beyond a long, letters
    InvalidValueException refused =
        assertThrows(InvalidValueException.class, () -> QueueCursor.parse(token));
    assertEquals("INVALID_CURSOR", refused.code());
  }

  @Test
  void aCursorFollowsAnEntry() {
    assertThrows(IllegalArgumentException.class, () -> new QueueCursor(0));
  }
}
