package org.herald.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals text with AES-256-GCM and opens it again. A sealed value is {@code v1:<key-id>:<base64 of
 * nonce and ciphertext>}: a random 12-byte nonce per value, a 128-bit tag that refuses any change,
 * and the version and key id bound to the ciphertext as associated data. The current key seals;
 * older keys only open, so values sealed before a key change can be read and sealed again.
 * Thread-safe.
 */
public final class SecretBox {

  /** What every sealed value starts with; a stored value without it is in clear. */
  public static final String PREFIX = "v1:";

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretsKey current;
  private final Map<String, SecretsKey> keys = new HashMap<>();

  public SecretBox(SecretsKey current, List<SecretsKey> older) {
    this.current = current;
    older.forEach(key -> keys.put(key.id(), key));
    keys.put(current.id(), current);
  }

  /** Whether a stored value is sealed (by any key), rather than in clear. */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** Whether a stored value is sealed with the current key, so nothing needs sealing again. */
  boolean isSealedWithCurrentKey(String stored) {
    return isSealed(stored) && current.id().equals(keyId(stored));
  }

  /**
   * What to store instead of {@code stored} so that it is sealed with the current key: a value in
   * clear (as earlier versions stored it) sealed, one sealed with an older key sealed again; empty
   * when it is sealed with the current key already.
   *
   * @throws UnreadableSecretException if it is sealed with an unknown key or was changed
   */
  public Optional<String> resealed(String stored) {
    if (isSealedWithCurrentKey(stored)) {
      return Optional.empty();
    }
    return Optional.of(seal(isSealed(stored) ? open(stored) : stored));
  }

  public String currentKeyId() {
    return current.id();
  }

  public String seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    String header = PREFIX + current.id();
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, current, nonce, header, utf8(plain));
    byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    return header + ":" + Base64.getEncoder().encodeToString(out);
  }

  /**
   * The text a value was sealed from.
   *
   * @throws UnreadableSecretException if it is not sealed, its key is unknown, or it was changed
   */
  public String open(String sealed) {
    if (!isSealed(sealed)) {
      throw new UnreadableSecretException(UnreadableSecretException.Reason.NOT_SEALED, "no v1:");
    }
    String keyId = keyId(sealed);
    SecretsKey key = keys.get(keyId);
    if (key == null) {
      throw new UnreadableSecretException(UnreadableSecretException.Reason.UNKNOWN_KEY, keyId);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length() + keyId.length() + 1));
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new UnreadableSecretException(UnreadableSecretException.Reason.TAMPERED, keyId);
    }
    byte[] nonce = new byte[NONCE_BYTES];
    byte[] ciphertext = new byte[bytes.length - NONCE_BYTES];
    ByteBuffer.wrap(bytes).get(nonce).get(ciphertext);
    return new String(
        cipher(Cipher.DECRYPT_MODE, key, nonce, PREFIX + keyId, ciphertext),
        StandardCharsets.UTF_8);
  }

  /** The key id of a sealed value; empty when it has none. */
  private static String keyId(String sealed) {
    int end = sealed.indexOf(':', PREFIX.length());
    return end < 0 ? "" : sealed.substring(PREFIX.length(), end);
  }

  private static byte[] cipher(int mode, SecretsKey key, byte[] nonce, String header, byte[] in) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(utf8(header));
      return cipher.doFinal(in);
    } catch (AEADBadTagException e) {
      throw new UnreadableSecretException(UnreadableSecretException.Reason.TAMPERED, key.id());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
