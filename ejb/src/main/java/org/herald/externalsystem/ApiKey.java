package org.herald.externalsystem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An external system's secret: 32 random bytes, shown once. Only its SHA-256 is stored; with this
 * much entropy a plain hash cannot be reversed by guessing, and it lets a key be found by its hash.
 */
public record ApiKey(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PREFIX = "hsk_";

  public static ApiKey generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new ApiKey(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String hash() {
    return hash(value);
  }

  public static String hash(String presented) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(presented.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + "…";
  }
}
