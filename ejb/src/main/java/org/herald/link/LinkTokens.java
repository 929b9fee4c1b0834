package org.herald.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signs link tokens with HMAC-SHA256 and verifies them. A token is {@code payload.signature}, both
 * base64url without padding; the payload is {@code v2|key-id|kind|communication|contact|expiry|
 * subject}, signed with the current key. A token signed with an older key still verifies while that
 * key is known, so links already sent keep working after a new key is introduced; a key id no key
 * has, or a changed one, is refused as tampered. Tokens of earlier versions ({@code
 * v1|kind|communication|contact|expiry|subject}) name no key: any known key that signed one is
 * accepted. Opaque to recipients; signatures are compared in constant time. Thread-safe.
 */
public final class LinkTokens {

  private static final String VERSION = "v2";
  private static final String UNNAMED_KEY_VERSION = "v1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final LinkKey current;
  private final Map<String, LinkKey> keys = new HashMap<>();

  /**
   * @param current signs new tokens (and verifies)
   * @param older only verify
   */
  public LinkTokens(LinkKey current, List<LinkKey> older) {
    this.current = current;
    older.forEach(key -> keys.put(key.id(), key));
    keys.put(current.id(), current);
  }

  public String sign(LinkToken token) {
    String payload =
        String.join(
            "|",
            VERSION,
            current.id(),
            token.kind().name(),
            token.communication(),
            token.contact(),
            Long.toString(token.expiresAt().getEpochSecond()),
            token.subject());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(current.mac(bytes));
  }

  /**
   * The token's content if Herald signed it as it stands with a key it knows, it is of {@code kind}
   * and not expired at {@code now}.
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
    String text = new String(payload, StandardCharsets.UTF_8);
    if (text.startsWith(VERSION + "|")) {
      // The key id is read before the signature is checked only to find the key.
      String[] fields = text.split("\\|", 7);
      LinkKey key = fields.length == 7 ? keys.get(fields[1]) : null;
      if (key == null || !MessageDigest.isEqual(key.mac(payload), signature)) {
        throw tampered();
      }
      return content(fields, 2);
    }
    if (text.startsWith(UNNAMED_KEY_VERSION + "|")
        && keys.values().stream().anyMatch(k -> MessageDigest.isEqual(k.mac(payload), signature))) {
      String[] fields = text.split("\\|", 6);
      if (fields.length == 6) {
        return content(fields, 1);
      }
    }
    throw tampered();
  }

  /** The fields from {@code from} on; signed by us, so well formed (a failure here is a bug). */
  private static LinkToken content(String[] fields, int from) {
    return new LinkToken(
        LinkKind.valueOf(fields[from]),
        fields[from + 1],
        fields[from + 2],
        Instant.ofEpochSecond(Long.parseLong(fields[from + 3])),
        fields[from + 4]);
  }

  private static InvalidLinkException tampered() {
    return new InvalidLinkException(InvalidLinkException.Reason.TAMPERED);
  }
}
