package org.herald.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static final SecretsKey KEY =
      SecretsKey.fromBase64("test", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
  private static final SecretsKey OTHER = SecretsKey.generate();

  private final SecretBox box = new SecretBox(KEY, List.of());

  @Test
  void aSealedValueOpensToWhatWasSealed() {
    String sealed = box.seal("smtp-pässwörd €😀 ελληνικά");
    assertEquals("smtp-pässwörd €😀 ελληνικά", box.open(sealed));
    assertEquals("", box.open(box.seal("")));
  }

  @Test
  void aSealedValueNamesItsKeyAndHidesItsText() {
    String sealed = box.seal("s3cret");
    assertTrue(sealed.matches("v1:" + KEY.id() + ":[A-Za-z0-9+/]+=*"), sealed);
    assertTrue(KEY.id().matches("[0-9a-f]{8}"), KEY.id());
    assertFalse(sealed.contains("s3cret"));
    assertTrue(SecretBox.isSealed(sealed));
    assertTrue(box.isSealedWithCurrentKey(sealed));
    assertFalse(SecretBox.isSealed("s3cret"), "a value without v1: is in clear");
  }

  @Test
  void eachSealingUsesAFreshNonce() {
    assertNotEquals(box.seal("same"), box.seal("same"));
  }

  @Test
  void aChangedValueIsRefused() {
    String sealed = box.seal("s3cret");
    int colon = sealed.lastIndexOf(':');
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
    for (int at : new int[] {0, 12, bytes.length - 1}) { // nonce, ciphertext, tag
      byte[] changed = bytes.clone();
      changed[at] ^= 1;
      String tampered =
          sealed.substring(0, colon + 1) + Base64.getEncoder().encodeToString(changed);
      assertEquals(UnreadableSecretException.Reason.TAMPERED, refusal(box, tampered));
    }
    assertEquals(
        UnreadableSecretException.Reason.TAMPERED,
        refusal(box, sealed.substring(0, colon + 1) + "AAAA"));
    assertEquals(
        UnreadableSecretException.Reason.TAMPERED, refusal(box, sealed.substring(0, colon + 1)));
    assertEquals(
        UnreadableSecretException.Reason.TAMPERED, refusal(box, sealed.substring(0, colon) + ":!"));
  }

  @Test
  void aValueSealedWithAnotherKeyIsRefused() {
    String foreign = new SecretBox(OTHER, List.of()).seal("s3cret");
    assertEquals(UnreadableSecretException.Reason.UNKNOWN_KEY, refusal(box, foreign));
    // The same key id with another key: the tag refuses it.
    String relabelled = foreign.replace(OTHER.id(), KEY.id());
    assertEquals(UnreadableSecretException.Reason.TAMPERED, refusal(box, relabelled));
  }

  @Test
  void aValueInClearIsNotOpened() {
    assertEquals(UnreadableSecretException.Reason.NOT_SEALED, refusal(box, "s3cret"));
    assertEquals(UnreadableSecretException.Reason.NOT_SEALED, refusal(box, null));
    assertEquals(UnreadableSecretException.Reason.UNKNOWN_KEY, refusal(box, "v1:"));
  }

  @Test
  void anOlderKeyOpensButNeverSeals() {
    String old = new SecretBox(OTHER, List.of()).seal("s3cret");
    SecretBox rotated = new SecretBox(KEY, List.of(OTHER));
    assertEquals("s3cret", rotated.open(old));
    assertFalse(rotated.isSealedWithCurrentKey(old), "to be sealed again");
    assertTrue(rotated.seal("s3cret").startsWith("v1:" + KEY.id() + ":"));
  }

  @Test
  void aValueInClearOrUnderAnOlderKeyIsSealedAgainOnceAndOnlyOnce() {
    SecretBox rotated = new SecretBox(KEY, List.of(OTHER));
    String inClear = "smtp-s3cret";
    String underOld = new SecretBox(OTHER, List.of()).seal("webhook-s3cret");

    String sealedNow = rotated.resealed(inClear).orElseThrow();
    assertTrue(rotated.isSealedWithCurrentKey(sealedNow));
    assertEquals(inClear, rotated.open(sealedNow));
    String resealed = rotated.resealed(underOld).orElseThrow();
    assertTrue(rotated.isSealedWithCurrentKey(resealed));
    assertEquals("webhook-s3cret", rotated.open(resealed));
    assertTrue(rotated.resealed(sealedNow).isEmpty(), "idempotent: nothing to do the next time");
    assertTrue(rotated.resealed(resealed).isEmpty());
    assertThrows(
        UnreadableSecretException.class,
        () -> box.resealed(underOld),
        "a value no configured key opens is never taken for one in clear");
  }

  @Test
  void theRefusalNeverCarriesTheValue() {
    String sealed = new SecretBox(OTHER, List.of()).seal("s3cret");
    UnreadableSecretException refused =
        assertThrows(UnreadableSecretException.class, () -> box.open(sealed));
    assertFalse(refused.getMessage().contains(sealed.substring(sealed.lastIndexOf(':') + 1)));
    assertFalse(
        assertThrows(UnreadableSecretException.class, () -> box.open("plain-s3cret"))
            .getMessage()
            .contains("s3cret"));
  }

  private static UnreadableSecretException.Reason refusal(SecretBox box, String sealed) {
    return assertThrows(UnreadableSecretException.class, () -> box.open(sealed)).reason();
  }
}
