package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShortMessageTest {

  private static final String GREEK = "α";
  private static final String EMOJI = "😀";

  @Test
  void basicCharactersAreOneSeptetPerOctet() {
    ShortMessage sms = ShortMessage.of("Hi @£$_è", 0);

    assertEquals(SmsEncoding.GSM_7BIT, sms.encoding());
    assertEquals(0x00, sms.encoding().dataCoding());
    assertFalse(sms.concatenated());
    assertArrayEquals(
        new byte[] {0x48, 0x69, 0x20, 0x00, 0x01, 0x02, 0x11, 0x04}, sms.payloads().get(0));
  }

  @Test
  void extensionCharactersAreEscaped() {
    assertArrayEquals(
        new byte[] {0x1B, 0x65, 0x1B, 0x3C, 0x1B, 0x3E, 0x1B, 0x28, 0x1B, 0x29},
        ShortMessage.of("€[]{}", 0).payloads().get(0));
    assertArrayEquals(
        new byte[] {0x1B, 0x3D, 0x1B, 0x14, 0x1B, 0x2F, 0x1B, 0x40},
        ShortMessage.of("~^\\|", 0).payloads().get(0));
  }

  @Test
  void theBasicTableHasOneCharacterPerSeptetAndDecodesWhatItEncodes() {
    String everything =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\f^{}\\[~]|€";
    assertTrue(Gsm7Alphabet.canEncode(everything));
    assertEquals(everything, Gsm7Alphabet.decode(Gsm7Alphabet.encode(everything)));
    byte[] basic = Gsm7Alphabet.encode(everything.substring(0, 127));
    assertEquals(127, basic.length);
    for (byte septet : basic) {
      assertTrue(septet >= 0 && septet != Gsm7Alphabet.ESCAPE);
    }
  }

  @Test
  void oneCharacterOutsideTheAlphabetMakesTheWholeTextUcs2() {
    ShortMessage sms = ShortMessage.of("Payment of €10 received, ευχαριστούμε", 0);

    assertEquals(SmsEncoding.UCS2, sms.encoding());
    assertEquals(0x08, sms.encoding().dataCoding());
    assertEquals(
        "Payment of €10 received, ευχαριστούμε",
        new String(sms.payloads().get(0), StandardCharsets.UTF_16BE));
    assertFalse(Gsm7Alphabet.canEncode("\u001B"), "a raw escape is not a character");
    assertFalse(Gsm7Alphabet.canEncode("ç"), "only the capital C cedilla is in the table");
  }

  @Test
  void upTo160SeptetsIsOneMessage() {
    ShortMessage sms = ShortMessage.of("a".repeat(160), 0);

    assertEquals(1, sms.parts());
    assertFalse(sms.concatenated());
    assertEquals(160, sms.payloads().get(0).length);
  }

  @Test
  void the161stSeptetSplitsInto153SeptetParts() {
    ShortMessage sms = ShortMessage.of("a".repeat(161), 0x2A);

    assertEquals(2, sms.parts());
    assertTrue(sms.concatenated());
    assertHeader(sms.payloads().get(0), 0x2A, 2, 1);
    assertHeader(sms.payloads().get(1), 0x2A, 2, 2);
    assertEquals(153, body(sms, 0).length);
    assertEquals(8, body(sms, 1).length);
  }

  @Test
  void extensionCharactersCountTwoSeptetsAgainstTheLimit() {
    assertEquals(1, ShortMessage.of("€".repeat(80), 0).parts());
    assertEquals(2, ShortMessage.of("€".repeat(80) + "a", 0).parts());
    assertEquals(2, ShortMessage.of("a".repeat(159) + "€", 0).parts());
  }

  @Test
  void anEscapePairIsNeverSplitAcrossParts() {
    String text = "a".repeat(152) + "€" + "b".repeat(10);

    ShortMessage sms = ShortMessage.of(text, 7);

    assertEquals(2, sms.parts());
    assertEquals(152, body(sms, 0).length, "the euro does not fit the one septet left");
    assertArrayEquals(new byte[] {0x1B, 0x65}, Arrays.copyOf(body(sms, 1), 2));
    assertEquals(text, Gsm7Alphabet.decode(body(sms, 0)) + Gsm7Alphabet.decode(body(sms, 1)));
  }

  @Test
  void upTo70Ucs2CharactersIsOneMessage() {
    ShortMessage sms = ShortMessage.of(GREEK.repeat(70), 0);

    assertEquals(1, sms.parts());
    assertEquals(140, sms.payloads().get(0).length);
  }

  @Test
  void the71stUcs2CharacterSplitsInto67CharacterParts() {
    ShortMessage sms = ShortMessage.of(GREEK.repeat(71), 3);

    assertEquals(2, sms.parts());
    assertHeader(sms.payloads().get(1), 3, 2, 2);
    assertEquals(134, body(sms, 0).length);
    assertEquals(8, body(sms, 1).length);
  }

  @Test
  void anEmojiCountsAsTwoUcs2Characters() {
    assertEquals(SmsEncoding.UCS2, ShortMessage.of(EMOJI, 0).encoding());
    assertEquals(1, ShortMessage.of(EMOJI.repeat(35), 0).parts());
    assertEquals(2, ShortMessage.of(EMOJI.repeat(35) + "a", 0).parts());
  }

  @Test
  void aSurrogatePairIsNeverSplitAcrossParts() {
    String text = GREEK.repeat(66) + EMOJI + GREEK.repeat(10);

    ShortMessage sms = ShortMessage.of(text, 0);

    assertEquals(2, sms.parts());
    assertEquals(132, body(sms, 0).length, "the emoji does not fit the one unit left");
    assertEquals(text, ucs2(body(sms, 0)) + ucs2(body(sms, 1)));
    assertEquals(EMOJI, ucs2(body(sms, 1)).substring(0, 2));
  }

  @Test
  void longGreekTextReassemblesFromItsParts() {
    String text = "Καλημέρα! Ο λογαριασμός σας είναι έτοιμος. ".repeat(10);

    ShortMessage sms = ShortMessage.of(text, 0xFF);

    assertEquals((text.length() + 66) / 67, sms.parts());
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < sms.parts(); i++) {
      assertHeader(sms.payloads().get(i), 0xFF, sms.parts(), i + 1);
      joined.append(ucs2(body(sms, i)));
    }
    assertEquals(text, joined.toString());
  }

  @Test
  void theReferenceUsesItsLowEightBits() {
    assertHeader(ShortMessage.of("a".repeat(200), 0x1234).payloads().get(0), 0x34, 2, 1);
  }

  @Test
  void moreThan255PartsCannotBeJoined() {
    assertEquals(255, ShortMessage.of("a".repeat(153 * 255), 0).parts());
    assertThrows(
        IllegalArgumentException.class, () -> ShortMessage.of("a".repeat(153 * 255 + 1), 0));
  }

  @Test
  void emptyTextIsOneEmptyMessage() {
    ShortMessage sms = ShortMessage.of("", 0);

    assertEquals(1, sms.parts());
    assertEquals(0, sms.payloads().get(0).length);
  }

  private static void assertHeader(byte[] payload, int reference, int total, int sequence) {
    assertArrayEquals(
        new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) total, (byte) sequence},
        Arrays.copyOf(payload, 6));
  }

  private static byte[] body(ShortMessage sms, int part) {
    byte[] payload = sms.payloads().get(part);
    return Arrays.copyOfRange(payload, 6, payload.length);
  }

  private static String ucs2(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_16BE);
  }
}
