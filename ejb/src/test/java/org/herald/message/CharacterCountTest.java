package org.herald.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.herald.api.Medium;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CharacterCountTest {

  @Test
  void anEmailCountsTheTextItsReaderSeesNotTheMarkup() {
    assertEquals(
        "Dear Maria, pay now".length(),
        CharacterCount.of(
            Medium.EMAIL,
            "<p style=\"color: red\">Dear <b>Maria</b>, <a href=\"https://x\">pay now</a></p>"));
  }

  @Test
  void otherMediaCountCharactersAnEmojiAsOne() {
    assertEquals(5, CharacterCount.of(Medium.SMS, "Hi 👋!"));
    assertEquals(9, CharacterCount.of(Medium.SMS, "<b>hi</b>"), "an SMS has no markup to skip");
  }

  @Test
  void aPlainTextEmailIsCountedWithoutTheParserAsTheParserWouldCountIt() {
    String letter =
        "  Dear Maria,\r\n\r\n\tyour payment of €50.00 👋 was  processed.\n\nAluxSat Co \n";

    assertTrue(CharacterCount.plainTextLength(letter) >= 0, "no parser for plain text");
    assertEquals(parsed(letter), CharacterCount.of(Medium.EMAIL, letter));
  }

  /** Text of characters the parser treats specially, either way: the same count as the parser's. */
  @Test
  void everyEmailTextCountsAsTheParserCountsIt() {
    String[] pieces = {
      "a",
      "é",
      "€",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\f",
      "\u000b",
      "\u0000",
      "\u0001",
      "\u00a0",
      "\u00ad",
      "\u200b",
      "\ufeff",
      "👋",
      "\ud83d",
      "\udc4b",
      ">",
      "\"",
      "'",
      "#",
      "=",
      ";",
      "&",
      "&amp;",
      "<",
      "<b>",
      "</b>",
      "<br>",
      "<p>x</p>",
      "\u2028",
      "\u3000",
      "\u0085"
    };
    Random random = new Random(20261204);
    int plain = 0;
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String content = text.toString();
      if (CharacterCount.plainTextLength(content) >= 0) {
        plain++;
      }
      assertEquals(
          parsed(content), CharacterCount.of(Medium.EMAIL, content), () -> escaped(content));
    }
    assertTrue(plain > 1_000, "the plain path was tried " + plain + " times");
  }

  private static int parsed(String content) {
    String text = Jsoup.parse(content).text();
    return text.codePointCount(0, text.length());
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
    return out.toString();
  }
}
