package org.herald.channel.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextAlternativeTest {

  @Test
  void paragraphsAreSeparatedByABlankLineAndLineBreaksKept() {
    assertEquals(
        "Dear Maria,\n\nYour balance is\n€1,234.56.",
        text("<p>Dear   <b>Maria</b>,</p>\n<p>Your balance is<br>\n€1,234.56.</p>"));
  }

  @Test
  void linksShowTheirAddressAfterTheirText() {
    assertEquals(
        "Opt out here (https://herald.example.com/l/abc), or write to info@zx.com.",
        text(
            "Opt out <a href=\"https://herald.example.com/l/abc\">here</a>, or write to"
                + " <a href=\"mailto:info@zx.com\">info@zx.com</a>."));
  }

  @Test
  void listItemsGoOnLinesOfTheirOwn() {
    assertEquals(
        "Your services:\n\n- Internet\n- TV",
        text("Your services:<ul><li>Internet</li><li>TV</li></ul>"));
  }

  @Test
  void stylesAndScriptsAreNotText() {
    assertEquals(
        "Hello",
        text(
            "<html><head><title>T</title><style>p{}</style></head><body><p>Hello</p></body></html>"));
  }

  @Test
  void contentWithoutMarkupStaysPlain() {
    assertFalse(EmailBody.of("Dear Maria, 1 < 2.").isHtml());
    assertNull(EmailBody.of("Dear Maria").html());
    assertTrue(EmailBody.of("Dear <i>Maria</i>").isHtml());
  }

  private static String text(String html) {
    return EmailBody.of(html).text();
  }
}
