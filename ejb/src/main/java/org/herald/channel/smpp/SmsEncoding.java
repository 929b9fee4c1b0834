package org.herald.channel.smpp;

import java.nio.charset.StandardCharsets;

/**
 * The two alphabets an SMS is sent in, with their SMPP data_coding and their limits: 160 septets
 * (or 70 UTF-16 units) in a single message, 153 (or 67) per part of a concatenated one, whose
 * 6-octet header takes the rest of the 140 octets.
 */
enum SmsEncoding {
  GSM_7BIT((byte) 0x00, 160, 153),
  UCS2((byte) 0x08, 70, 67);

  private final byte dataCoding;
  private final int singleLimit;
  private final int partLimit;

  SmsEncoding(byte dataCoding, int singleLimit, int partLimit) {
    this.dataCoding = dataCoding;
    this.singleLimit = singleLimit;
    this.partLimit = partLimit;
  }

  /** GSM 7-bit when every character has a septet, otherwise UCS-2. */
  static SmsEncoding of(String text) {
    return Gsm7Alphabet.canEncode(text) ? GSM_7BIT : UCS2;
  }

  byte dataCoding() {
    return dataCoding;
  }

  int singleLimit() {
    return singleLimit;
  }

  int partLimit() {
    return partLimit;
  }

  /**
   * The units a character takes against the limits: septets in GSM 7-bit (two for the extension
   * table), UTF-16 units in UCS-2 (two for a character outside the BMP, such as an emoji).
   */
  int length(int codePoint) {
    return this == GSM_7BIT ? Gsm7Alphabet.septets(codePoint) : Character.charCount(codePoint);
  }

  byte[] encode(String text) {
    // UTF-16BE is UCS-2 where the two agree, and what handsets decode for pairs beyond it.
    return this == GSM_7BIT ? Gsm7Alphabet.encode(text) : text.getBytes(StandardCharsets.UTF_16BE);
  }
}
