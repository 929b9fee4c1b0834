package org.herald.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SecretsKeyTest {

  private static final String BASE64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  @Test
  void theSameKeyHasTheSameIdOnEveryNode() {
    SecretsKey key = SecretsKey.fromBase64("herald.secrets.key", BASE64);
    assertEquals(key.id(), SecretsKey.fromBase64("herald.secrets.key", " " + BASE64 + "\n").id());
    assertEquals(key.id(), SecretsKey.fromBase64("p", BASE64.replace("=", "")).id(), "no padding");
    assertEquals(BASE64, key.toBase64());
    assertNotEquals(key.id(), SecretsKey.generate().id());
  }

  @Test
  void anythingButTheBase64Of32BytesIsRefusedNamingThePropertyNotTheValue() {
    for (String wrong : new String[] {"", "short", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYX", "%%%"}) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> SecretsKey.fromBase64("herald.secrets.key", wrong));
      assertEquals(
          "herald.secrets.key must be the base64 of 32 random bytes (openssl rand -base64 32)",
          refused.getMessage());
    }
  }

  @Test
  void itsTextNeverShowsTheKey() {
    SecretsKey key = SecretsKey.fromBase64("p", BASE64);
    assertFalse(key.toString().contains(BASE64));
    assertEquals("SecretsKey[" + key.id() + "]", key.toString());
  }
}
