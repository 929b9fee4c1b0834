package org.herald.channel.smpp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A text encoded for submit_sm: one payload when it fits a single message, otherwise one per part
 * of a concatenated message, each led by a user data header (IEI 0x00: 8-bit reference, total,
 * sequence) and submitted with esm_class UDHI. Parts never split an escape pair or a surrogate
 * pair.
 */
final class ShortMessage {

  /** Concatenation's 8-bit sequence numbers allow no more parts. */
  static final int MAX_PARTS = 255;

  private final SmsEncoding encoding;
  private final List<byte[]> payloads;
  private final boolean concatenated;

  private ShortMessage(SmsEncoding encoding, List<byte[]> payloads, boolean concatenated) {
    this.encoding = encoding;
    this.payloads = payloads;
    this.concatenated = concatenated;
  }

  /**
   * Encodes {@code text}; {@code reference} (only its low 8 bits are used) ties the parts of a
   * concatenated message together on the handset.
   *
   * @throws IllegalArgumentException if the text needs more than {@value #MAX_PARTS} parts
   */
  static ShortMessage of(String text, int reference) {
    SmsEncoding encoding = SmsEncoding.of(text);
    if (length(text, encoding) <= encoding.singleLimit()) {
      return new ShortMessage(encoding, List.of(encoding.encode(text)), false);
    }
    List<String> parts = split(text, encoding);
    if (parts.size() > MAX_PARTS) {
      throw new IllegalArgumentException(
          "Text needs " + parts.size() + " SMS parts; at most " + MAX_PARTS + " can be joined");
    }
    List<byte[]> payloads = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      byte[] body = encoding.encode(parts.get(i));
      byte[] payload = new byte[6 + body.length];
      payload[0] = 0x05; // header length
      payload[1] = 0x00; // IEI: concatenated message, 8-bit reference
      payload[2] = 0x03; // IE length
      payload[3] = (byte) reference;
      payload[4] = (byte) parts.size();
      payload[5] = (byte) (i + 1);
      System.arraycopy(body, 0, payload, 6, body.length);
      payloads.add(payload);
    }
    return new ShortMessage(encoding, Collections.unmodifiableList(payloads), true);
  }

  private static int length(String text, SmsEncoding encoding) {
    return text.codePoints().map(encoding::length).sum();
  }

  /** Fills each part up to the limit, moving a character that would not fit whole to the next. */
  private static List<String> split(String text, SmsEncoding encoding) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int length = encoding.length(codePoint);
      if (used + length > encoding.partLimit()) {
        parts.add(text.substring(start, i));
        start = i;
        used = 0;
      }
      used += length;
      i += Character.charCount(codePoint);
    }
    parts.add(text.substring(start));
    return parts;
  }

  SmsEncoding encoding() {
    return encoding;
  }

  /** What each submit_sm carries as short_message, in order. */
  List<byte[]> payloads() {
    return payloads;
  }

  int parts() {
    return payloads.size();
  }

  /** Whether the payloads start with a user data header (esm_class UDHI). */
  boolean concatenated() {
    return concatenated;
  }
}
