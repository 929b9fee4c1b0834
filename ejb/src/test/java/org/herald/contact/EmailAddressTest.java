package org.herald.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.herald.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"maria@example.com", "m.georgiou+bills@zx-partner.example", "a_b@mail.co.uk"})
  void bareMailboxesAreAccepted(String address) {
    assertEquals(address, EmailAddress.of(address).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "maria",
        "maria@",
        "@example.com",
        "maria@localhost",
        "Maria <maria@example.com>",
        "a b@example.com",
        "maria@@example.com"
      })
  void anythingElseIsRefused(String address) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EmailAddress.of(address));
    assertEquals("INVALID_EMAIL", e.code());
  }
}
