package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PeerTextTest {

  @Test
  void shortCleanTextIsKeptAsItIs() {
    assertEquals("250 2.0.0 Ok: queued as 42", PeerText.fit("250 2.0.0 Ok: queued as 42", 100));
    assertEquals("Ελληνικά 😀", PeerText.fit("Ελληνικά 😀", 100));
    assertNull(PeerText.fit(null, 100));
  }

  @Test
  void controlCharactersAndLineBreaksBecomeOneSpace() {
    assertEquals(
        "HTTP 400: { \"error\": \"bad\" }",
        PeerText.fit("HTTP 400: {\r\n\t\"error\":\u0000 \"bad\"\u0007\n}\n\n", 100));
    assertEquals("a b", PeerText.fit("\u0000\u001b a\u0085\u007f b \u0000", 100));
  }

  @Test
  void unpairedSurrogatesAreReplaced() {
    assertEquals("a\uFFFDb\uFFFD", PeerText.fit("a\uD83Db\uDE00", 100));
  }

  @Test
  void longTextIsCutToItsColumnAndSaysSo() {
    String cut = PeerText.fit("x".repeat(5000), 1000);
    assertEquals(1000, cut.length());
    assertEquals("x".repeat(999) + PeerText.CUT, cut);
    assertEquals("x".repeat(10), PeerText.fit("x".repeat(10), 10), "exactly full is not cut");
    assertEquals("x".repeat(10), PeerText.fit("x".repeat(10) + " \r\n ", 10));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    // "aaa" + 😀 (two UTF-16 units) + more: a cut at 5 would fall inside the pair.
    String cut = PeerText.fit("aaaa😀😀😀", 6);
    assertEquals("aaaa" + PeerText.CUT, cut);
    assertEquals("aaa😀" + PeerText.CUT, PeerText.fit("aaa😀😀😀", 6));
  }
}
