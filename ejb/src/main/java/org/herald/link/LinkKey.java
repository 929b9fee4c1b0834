package org.herald.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key links are signed with (HMAC-SHA256), and its id: the first 8 hex digits of the key's
 * SHA-256, the same on every node. A token names the id of the key that signed it, so several keys
 * can verify while one signs.
 */
public final class LinkKey {

  static final int MIN_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";

  private final String id;
  private final SecretKeySpec key;

  private LinkKey(byte[] secret) {
    if (secret.length < MIN_BYTES) {
      throw new IllegalArgumentException("a signing secret needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    this.id = HexFormat.of().formatHex(sha256(secret), 0, 4);
  }

  /** A key of random bytes, as Herald generates and stores them. */
  public static LinkKey of(byte[] secret) {
    return new LinkKey(secret);
  }

  /**
   * A key an operator configured ({@code herald.link.secret} or one of {@code
   * herald.link.previous-secrets}): text of any form, at least 32 characters, stretched to a
   * uniform key.
   */
  public static LinkKey configured(String property, String secret) {
    if (secret.length() < MIN_BYTES) {
      throw new IllegalStateException(
          property + " needs at least " + MIN_BYTES + " characters in each secret");
    }
    return new LinkKey(sha256(secret.getBytes(StandardCharsets.UTF_8)));
  }

  public String id() {
    return id;
  }

  byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Never the key itself. */
  @Override
  public String toString() {
    return "LinkKey[" + id + "]";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
