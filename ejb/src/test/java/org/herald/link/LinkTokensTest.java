package org.herald.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final byte[] SECRET = new byte[32];

  static {
    Arrays.fill(SECRET, (byte) 7);
  }

  private static byte[] secret(byte fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, fill);
    return secret;
  }

  private static final LinkKey KEY = LinkKey.of(SECRET);
  private static final LinkKey NEW_KEY = LinkKey.of(secret((byte) 9));

  private final LinkTokens tokens = new LinkTokens(KEY, List.of());
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
    String token = new LinkTokens(LinkKey.of(other), List.of()).sign(click);
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
    assertThrows(IllegalArgumentException.class, () -> LinkKey.of(new byte[16]));
  }

  @Test
  void aTokenNamesTheKeyThatSignedIt() {
    assertTrue(KEY.id().matches("[0-9a-f]{8}"), KEY.id());
    assertNotEquals(KEY.id(), NEW_KEY.id());
    assertTrue(payload(tokens.sign(click)).startsWith("v2|" + KEY.id() + "|CLICK|CM000042|"));
  }

  @Test
  void aTokenSignedWithTheOldKeyVerifiesAfterANewKeyIsIntroduced() {
    String old = tokens.sign(click);
    LinkTokens rotated = new LinkTokens(NEW_KEY, List.of(KEY));

    assertEquals(click.subject(), rotated.verify(old, LinkKind.CLICK, NOW).subject());
    String fresh = rotated.sign(click);
    assertTrue(payload(fresh).startsWith("v2|" + NEW_KEY.id() + "|"), payload(fresh));
    assertEquals(
        InvalidLinkException.Reason.TAMPERED,
        refusal(tokens, fresh, LinkKind.CLICK, NOW),
        "a node that knows only the old key refuses the new key's links");
    assertEquals(
        InvalidLinkException.Reason.TAMPERED,
        refusal(new LinkTokens(NEW_KEY, List.of()), old, LinkKind.CLICK, NOW),
        "once the old key is forgotten, its links are refused");
  }

  @Test
  void anUnknownOrChangedKeyIdIsRefusedAsTampered() {
    LinkTokens both = new LinkTokens(NEW_KEY, List.of(KEY));
    String token = tokens.sign(click);
    String signature = token.substring(token.indexOf('.'));
    for (String keyId : new String[] {NEW_KEY.id(), "00000000", ""}) {
      String relabelled = encode(payload(token).replace(KEY.id(), keyId)) + signature;
      assertEquals(
          InvalidLinkException.Reason.TAMPERED,
          refusal(both, relabelled, LinkKind.CLICK, NOW),
          keyId);
    }
  }

  @Test
  void aTokenOfTheFirstVersionWithoutKeyIdVerifiesWithTheKeyThatSignedIt() {
    String v1 =
        v1Token("v1|CLICK|CM000042|CT000007|" + click.expiresAt().getEpochSecond() + "|x|y");
    LinkTokens rotated = new LinkTokens(NEW_KEY, List.of(KEY));

    LinkToken verified = rotated.verify(v1, LinkKind.CLICK, NOW);
    assertEquals("CM000042", verified.communication());
    assertEquals("x|y", verified.subject());
    assertEquals(
        InvalidLinkException.Reason.TAMPERED,
        refusal(new LinkTokens(NEW_KEY, List.of()), v1, LinkKind.CLICK, NOW));
    assertEquals(
        InvalidLinkException.Reason.TAMPERED,
        refusal(rotated, v1Token("v1|CLICK|CM000042"), LinkKind.CLICK, NOW),
        "signed, but not a token");
  }

  /** A token as the first version signed it: no key id, HMAC over the payload with KEY. */
  private static String v1Token(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
      byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
      return encode(payload)
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String payload(String token) {
    return new String(
        Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
        StandardCharsets.UTF_8);
  }

  private static String encode(String payload) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
  }

  private InvalidLinkException.Reason refusal(String token, LinkKind kind, Instant now) {
    return refusal(tokens, token, kind, now);
  }

  private static InvalidLinkException.Reason refusal(
      LinkTokens tokens, String token, LinkKind kind, Instant now) {
    return assertThrows(InvalidLinkException.class, () -> tokens.verify(token, kind, now)).reason();
  }
}
