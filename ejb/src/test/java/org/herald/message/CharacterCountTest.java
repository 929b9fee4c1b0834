package org.herald.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.herald.api.Medium;
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
}
