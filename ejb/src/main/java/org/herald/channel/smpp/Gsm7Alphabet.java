package org.herald.channel.smpp;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet: 128 basic characters and the extension table reached through the
 * escape septet 0x1B (so €, [, ], {, }, ~, ^, \, | and form feed take two septets). Septets go on
 * the wire unpacked, one per octet: that is what SMPP's data_coding 0x00 (the SMSC's default
 * alphabet) carries on most SMSCs, which pack them for the air interface themselves.
 */
final class Gsm7Alphabet {

  static final int ESCAPE = 0x1B;

  /** The basic table, indexed by septet; the escape position holds a character never encoded. */
  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅå"
          + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
          + " !\"#¤%&'()*+,-./"
          + "0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNO"
          + "PQRSTUVWXYZÄÖÑÜ§"
          + "¿abcdefghijklmno"
          + "pqrstuvwxyzäöñüà";

  /** The extension table: each character and the septet that follows the escape. */
  private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";

  private static final byte[] EXTENSION_SEPTETS = {
    0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65
  };

  private Gsm7Alphabet() {}

  /** How many septets the character takes: 1 (basic), 2 (extension), 0 if it has none. */
  static int septets(int codePoint) {
    if (codePoint == ESCAPE || codePoint > Character.MAX_VALUE) {
      return 0;
    }
    if (BASIC.indexOf(codePoint) >= 0) {
      return 1;
    }
    return EXTENSION_CHARS.indexOf(codePoint) >= 0 ? 2 : 0;
  }

  static boolean canEncode(String text) {
    return text.codePoints().allMatch(c -> septets(c) > 0);
  }

  /** One septet per octet; extension characters as the escape and their septet. */
  static byte[] encode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
      if (basic >= 0) {
        out.write(basic);
        continue;
      }
      int extension = EXTENSION_CHARS.indexOf(c);
      if (extension < 0) {
        throw new IllegalArgumentException("Not in the GSM 7-bit alphabet: U+" + hex(c));
      }
      out.write(ESCAPE);
      out.write(EXTENSION_SEPTETS[extension]);
    }
    return out.toByteArray();
  }

  /** The inverse of {@link #encode}, for what an SMSC would show (and the test SMSC records). */
  static String decode(byte[] septets) {
    StringBuilder text = new StringBuilder(septets.length);
    for (int i = 0; i < septets.length; i++) {
      int septet = septets[i] & 0x7F;
      if (septet == ESCAPE && i + 1 < septets.length) {
        int next = septets[++i] & 0x7F;
        int extension = indexOf(EXTENSION_SEPTETS, next);
        // An unknown extension shows as its basic character, as 03.38 asks of receivers.
        text.append(extension >= 0 ? EXTENSION_CHARS.charAt(extension) : BASIC.charAt(next));
      } else {
        text.append(BASIC.charAt(septet));
      }
    }
    return text.toString();
  }

  private static int indexOf(byte[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
