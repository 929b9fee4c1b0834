package org.herald.contact;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.herald.error.InvalidValueException;

/** A single, bare RFC 5322 mailbox address such as {@code maria@example.com}. */
public record EmailAddress(String value) {

  public static EmailAddress of(String text) {
    String candidate = text == null ? "" : text.trim();
    try {
      InternetAddress address = new InternetAddress(candidate, true);
      // Strict parsing still accepts "Name <a@b>" and local-only addresses: we want a bare mailbox.
      if (address.getPersonal() != null
          || !address.getAddress().equals(candidate)
          || candidate.indexOf('@') < 1
          || !candidate.substring(candidate.indexOf('@') + 1).contains(".")) {
        throw new AddressException();
      }
      return new EmailAddress(candidate);
    } catch (AddressException e) {
      throw new InvalidValueException(
          "INVALID_EMAIL", "'" + candidate + "' is not a valid email address");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
