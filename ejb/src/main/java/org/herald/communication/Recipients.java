package org.herald.communication;

import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.contact.Contact;
import org.herald.contact.ContactEmail;
import org.herald.contact.ContactPhone;
import org.herald.contact.EmailAddress;
import org.herald.contact.PhoneNumber;
import org.herald.error.InvalidValueException;

/**
 * Where an outgoing email or SMS goes: the address the user gave, else the contact's primary email
 * or primary mobile. Incoming communications keep whatever the user noted, unchecked.
 */
final class Recipients {

  private Recipients() {}

  static String resolve(Direction direction, Medium medium, String given, Contact contact) {
    boolean explicit = given != null && !given.isBlank();
    if (direction == Direction.INCOMING) {
      return explicit ? given.trim() : null;
    }
    return switch (medium) {
      case EMAIL ->
          explicit
              ? EmailAddress.of(given).value()
              : contact
                  .primaryEmail()
                  .map(ContactEmail::getAddress)
                  .orElseThrow(() -> missing("email address", contact));
      case SMS ->
          explicit
              ? PhoneNumber.of(given).e164()
              : contact
                  .primaryMobile()
                  .map(ContactPhone::getNumber)
                  .orElseThrow(() -> missing("mobile phone", contact));
      default -> explicit ? given.trim() : null;
    };
  }

  private static InvalidValueException missing(String what, Contact contact) {
    return new InvalidValueException(
        "NO_RECIPIENT",
        "contact " + contact.getNumber() + " has no " + what + "; give a recipient");
  }
}
