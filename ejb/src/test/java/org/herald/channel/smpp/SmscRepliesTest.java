package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.herald.channel.SendOutcome;
import org.herald.channel.SendOutcome.Kind;
import org.junit.jupiter.api.Test;

class SmscRepliesTest {

  @Test
  void notNowStatusesAreTransient() {
    for (int status : new int[] {0x08, 0x14, 0x58, 0x64, 0x04}) {
      assertEquals(Kind.TRANSIENT_FAILURE, SmscReplies.refused(status, "").kind(), hex(status));
    }
  }

  @Test
  void refusalsOfTheMessageItselfArePermanent() {
    for (int status : new int[] {0x01, 0x0A, 0x0B, 0x45, 0x62, 0x65, 0xFF, 0x400}) {
      assertEquals(Kind.PERMANENT_FAILURE, SmscReplies.refused(status, "").kind(), hex(status));
    }
  }

  @Test
  void theCodeIsTheCommandStatusAndTheReplyNamesIt() {
    SendOutcome outcome = SmscReplies.refused(0x0A, "; part 2 of 3");

    assertEquals("0x0000000A", outcome.code());
    assertEquals("ESME_RINVSRCADR: invalid source address; part 2 of 3", outcome.reply());
    assertEquals("command_status 0x00000400", SmscReplies.refused(0x400, "").reply());
  }

  private static String hex(int status) {
    return SmscReplies.code(status);
  }
}
