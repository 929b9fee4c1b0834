package org.herald.web.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void refusesControlCharactersAndLoneSurrogates() {
    assertNull(Text.problem("Dear Maria, ευχαριστούμε 😀", false));
    assertNotNull(Text.problem("a\u0000b", true));
    assertNotNull(Text.problem("a\u0085b", true));
    assertNotNull(Text.problem("a\nb", false));
    assertNull(Text.problem("a\r\n\tb", true));
    assertNotNull(Text.problem("a\uD800", true));
    assertNotNull(Text.problem("\uDC00a", true));
  }

  @Test
  void decodesParametersAsStrictUtf8() {
    assertEquals("a b/ε", ParameterCheck.decode("a%20b%2F%CE%B5"));
    assertNull(ParameterCheck.decode("%ff"));
    assertNull(ParameterCheck.decode("%C0%AF"));
    assertNull(ParameterCheck.decode("%ED%A0%80"));
    assertNull(ParameterCheck.decode("a%E2%82"));
    assertNull(ParameterCheck.decode("%4"));
    assertEquals("\u0000", ParameterCheck.decode("%00"));
  }

  @Test
  void problemsQuoteOnlyExcerpts() {
    String value = "x".repeat(1 << 20);
    String message = Excerpt.ofMessage("'" + value + "' is not one of EMAIL, SMS");
    assertTrue(message.length() < 200, message);
    assertTrue(message.endsWith("…' is not one of EMAIL, SMS"), message);
    assertTrue(Excerpt.ofMessage("No contact " + value).length() <= Excerpt.MESSAGE_LENGTH + 1);
    assertEquals("short 'value'", Excerpt.ofMessage("short 'value'"));
  }
}
