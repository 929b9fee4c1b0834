package org.herald.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicNumbersTest {

  @Test
  void padsToSixDigitsAfterThePrefix() {
    assertEquals("CM000001", PublicNumbers.format(PublicNumbers.Kind.COMMUNICATION, 1));
    assertEquals("CT042000", PublicNumbers.format(PublicNumbers.Kind.CONTACT, 42_000));
    assertEquals("CM999999", PublicNumbers.format(PublicNumbers.Kind.COMMUNICATION, 999_999));
  }

  @Test
  void growsPastSixDigits() {
    assertEquals("CM1000000", PublicNumbers.format(PublicNumbers.Kind.COMMUNICATION, 1_000_000));
  }
}
