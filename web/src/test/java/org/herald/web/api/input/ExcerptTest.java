package org.herald.web.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Problems quote what was sent only as a short excerpt, whichever rule wrote the message. */
class ExcerptTest {

  private static final String MEGABYTE = "m".repeat(1 << 20);

  @Test
  void aValueIsCutToItsExcerpt() {
    assertEquals("short", Excerpt.of("short"));
    assertEquals("m".repeat(Excerpt.LENGTH) + "…", Excerpt.of(MEGABYTE));
  }

  @Test
  void aMessageQuotingAValueQuotesOnlyItsExcerpt() {
    String message = Excerpt.ofMessage("cannot sort by '" + MEGABYTE + "'; use one of [name]");
    assertEquals(
        "cannot sort by '" + "m".repeat(Excerpt.LENGTH) + "…'; use one of [name]", message);
    assertTrue(Excerpt.ofMessage(MEGABYTE).length() <= Excerpt.MESSAGE_LENGTH + 1);
  }
}
