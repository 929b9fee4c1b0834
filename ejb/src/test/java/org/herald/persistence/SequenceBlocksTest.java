package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SequenceBlocksTest {

  @Test
  void aBlockHandsOutItsNumbersBeforeAskingTheSequenceAgain() {
    SequenceBlocks.Block block = new SequenceBlocks.Block(50);
    long[] sequence = {1};
    int[] asked = {0};
    java.util.function.LongSupplier nextval =
        () -> {
          asked[0]++;
          long value = sequence[0];
          sequence[0] += 50;
          return value;
        };
    for (long expected = 1; expected <= 50; expected++) {
      assertEquals(expected, block.next(nextval));
    }
    assertEquals(1, asked[0], "one nextval for the whole block");
    assertEquals(50 + 1, block.next(nextval));
    assertEquals(2, asked[0]);
  }
}
