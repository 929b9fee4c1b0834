package org.herald.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.api.contact.EmailType;
import org.herald.api.contact.PhoneType;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

  @Test
  void withNoPrimaryTheFirstOfEachKindBecomesPrimary() {
    ContactDetails details =
        details(
            List.of(email("a@example.com", false), email("b@example.com", false)),
            List.of(phone("+35799123456", false)));

    assertTrue(details.emails().get(0).isPrimary());
    assertFalse(details.emails().get(1).isPrimary());
    assertTrue(details.phones().get(0).isPrimary());
  }

  @Test
  void aChosenPrimaryIsKept() {
    ContactDetails details =
        details(List.of(email("a@example.com", false), email("b@example.com", true)), List.of());

    assertFalse(details.emails().get(0).isPrimary());
    assertTrue(details.emails().get(1).isPrimary());
  }

  @Test
  void twoPrimariesOfOneKindAreRefusedNamingTheSecond() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                details(
                    List.of(email("a@example.com", true)),
                    List.of(phone("+35799123456", true), phone("+35799654321", true))));

    assertEquals(
        List.of(
            new FieldError(
                "phones[1].primary", "DUPLICATE_PRIMARY", "only one primary is allowed")),
        e.errors());
  }

  @Test
  void aContactMayHaveNoAddresses() {
    ContactDetails details = details(null, null);
    assertTrue(details.emails().isEmpty());
    assertTrue(details.phones().isEmpty());
  }

  private static ContactDetails details(List<ContactEmail> emails, List<ContactPhone> phones) {
    return new ContactDetails("Maria", "el", emails, phones, true, false);
  }

  private static ContactEmail email(String address, boolean primary) {
    return new ContactEmail(EmailType.PERSONAL, EmailAddress.of(address), primary);
  }

  private static ContactPhone phone(String number, boolean primary) {
    return new ContactPhone(PhoneType.MOBILE, PhoneNumber.of(number), primary);
  }
}
