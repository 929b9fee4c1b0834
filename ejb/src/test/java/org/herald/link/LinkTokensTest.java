package org.herald.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final byte[] SECRET = new byte[32];

  static {
    Arrays.fill(SECRET, (byte) 7);
  }

  private final LinkTokens tokens = new LinkTokens(SECRET);
  private final LinkToken click =
      new LinkToken(
          LinkKind.CLICK,
          "CM000042",
          "CT000007",
          NOW.plusSeconds(3600),
          "https://example.com/offers?a=1|b=2&c=ü");

  @Test
  void aSignedTokenVerifiesToWhatWasSigned() {
    String token = tokens.sign(click);
    assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
    assertEquals(
        new LinkToken(
            LinkKind.CLICK,
            "CM000042",
            "CT000007",
            Instant.ofEpochSecond(NOW.plusSeconds(3600).getEpochSecond()),
            "https://example.com/offers?a=1|b=2&c=ü"),
        tokens.verify(token, LinkKind.CLICK, NOW));
  }

  @Test
  void aChangedPayloadIsRefusedAsTampered() {
    String token = tokens.sign(click);
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    payload.replace("example.com", "evil.example").getBytes(StandardCharsets.UTF_8))
            + token.substring(token.indexOf('.'));
    assertEquals(InvalidLinkException.Reason.TAMPERED, refusal(forged, LinkKind.CLICK, NOW));
  }

  @Test
  void aChangedSignatureOrGarbageIsRefusedAsTampered() {
    String token = tokens.sign(click);
    // A character inside the signature (the last one holds padding bits a decoder may ignore).
    int at = token.indexOf('.') + 5;
    char c = token.charAt(at);
    String flipped = token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    assertEquals(InvalidLinkException.Reason.TAMPERED, refusal(flipped, LinkKind.CLICK, NOW));
    for (String garbage : new String[] {"", "abc", "a.b.c", "!!.??", ".x", null}) {
      assertEquals(InvalidLinkException.Reason.TAMPERED, refusal(garbage, LinkKind.CLICK, NOW));
    }
  }

  @Test
  void anotherKeysTokenIsRefused() {
    byte[] other = SECRET.clone();
    other[0] = 8;
    String token = new LinkTokens(other).sign(click);
    assertEquals(InvalidLinkException.Reason.TAMPERED, refusal(token, LinkKind.CLICK, NOW));
  }

  @Test
  void anExpiredTokenIsRefusedAsExpired() {
    String token = tokens.sign(click);
    assertEquals(
        InvalidLinkException.Reason.EXPIRED, refusal(token, LinkKind.CLICK, NOW.plusSeconds(3600)));
  }

  @Test
  void aTokenOfAnotherKindIsRefused() {
    String token = tokens.sign(click);
    assertEquals(InvalidLinkException.Reason.WRONG_KIND, refusal(token, LinkKind.ACTION, NOW));
  }

  @Test
  void tokensForDifferentSubjectsDiffer() {
    LinkToken other =
        new LinkToken(LinkKind.CLICK, "CM000042", "CT000007", click.expiresAt(), "https://x.test");
    assertNotEquals(tokens.sign(click), tokens.sign(other));
    assertFalse(tokens.sign(click).contains("CM000042"), "opaque: no number in clear text");
  }

  @Test
  void aShortSecretIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LinkTokens(new byte[16]));
  }

  private InvalidLinkException.Reason refusal(String token, LinkKind kind, Instant now) {
    return assertThrows(InvalidLinkException.class, () -> tokens.verify(token, kind, now)).reason();
  }
}
