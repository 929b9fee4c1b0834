package org.herald.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.herald.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"+35799123456", "+306912345678", "+447911123456", "+14155552671"})
  void validE164NumbersAreAccepted(String number) {
    assertEquals(number, PhoneNumber.of(number).e164());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "99123456",
        "0035799123456",
        "+357 99 123456",
        "+3579912",
        "+35799123456789",
        "+447700900123",
        "+0123456789"
      })
  void numbersNotInValidE164FormAreRefused(String number) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PhoneNumber.of(number));
    assertEquals("INVALID_PHONE", e.code());
  }
}
