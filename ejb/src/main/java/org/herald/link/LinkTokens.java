package org.herald.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs link tokens with HMAC-SHA256 and verifies them. A token is {@code payload.signature}, both
 * base64url without padding; the payload is {@code v1|kind|communication|contact|expiry|subject}.
 * Opaque to recipients; the signature is compared in constant time. Thread-safe.
 */
public final class LinkTokens {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "v1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public LinkTokens(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("a signing secret needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  public String sign(LinkToken token) {
    String payload =
        String.join(
            "|",
            VERSION,
            token.kind().name(),
            token.communication(),
            token.contact(),
            Long.toString(token.expiresAt().getEpochSecond()),
            token.subject());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
  }

  /**
   * The token's content if Herald signed it as it stands, it is of {@code kind} and not expired at
   * {@code now}.
   *
   * @throws InvalidLinkException saying which of these fails
   */
  public LinkToken verify(String token, LinkKind kind, Instant now) {
    return verify(token, EnumSet.of(kind), now);
  }

  /** As {@link #verify(String, LinkKind, Instant)}, for an endpoint that takes several kinds. */
  public LinkToken verify(String token, Set<LinkKind> kinds, Instant now) {
    LinkToken parsed = parse(token);
    if (!kinds.contains(parsed.kind())) {
      throw new InvalidLinkException(InvalidLinkException.Reason.WRONG_KIND);
    }
    if (parsed.isExpired(now)) {
      throw new InvalidLinkException(InvalidLinkException.Reason.EXPIRED);
    }
    return parsed;
  }

  private LinkToken parse(String token) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      throw tampered();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = DECODER.decode(token.substring(0, dot));
      signature = DECODER.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      throw tampered();
    }
    if (!MessageDigest.isEqual(mac(payload), signature)) {
      throw tampered();
    }
    // Signed by us, so well formed: a failure below means a bug, not a forgery.
    String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", 6);
    if (fields.length != 6 || !VERSION.equals(fields[0])) {
      throw tampered();
    }
    return new LinkToken(
        LinkKind.valueOf(fields[1]),
        fields[2],
        fields[3],
        Instant.ofEpochSecond(Long.parseLong(fields[4])),
        fields[5]);
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static InvalidLinkException tampered() {
    return new InvalidLinkException(InvalidLinkException.Reason.TAMPERED);
  }
}
