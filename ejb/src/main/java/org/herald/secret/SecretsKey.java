package org.herald.secret;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key that seals secrets, and its id: the first 8 hex digits of its SHA-256, the same
 * on every node, so a sealed value names the key that opens it without revealing it.
 */
public final class SecretsKey {

  static final int BYTES = 32;

  private final String id;
  private final SecretKey key;

  private SecretsKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "AES");
    this.id = HexFormat.of().formatHex(sha256(bytes), 0, 4);
  }

  /**
   * The key a configuration property gives: the base64 of 32 bytes ({@code openssl rand -base64
   * 32}), padding optional.
   *
   * @throws IllegalArgumentException naming {@code property}, never the value
   */
  public static SecretsKey fromBase64(String property, String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException(
          property + " must be the base64 of " + BYTES + " random bytes (openssl rand -base64 32)");
    }
    return new SecretsKey(bytes);
  }

  /** A new random key. */
  public static SecretsKey generate() {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    return new SecretsKey(bytes);
  }

  public String id() {
    return id;
  }

  /** The key as {@link #fromBase64} reads it: only for storing a generated key. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  SecretKey key() {
    return key;
  }

  /** Never the key itself. */
  @Override
  public String toString() {
    return "SecretsKey[" + id + "]";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
