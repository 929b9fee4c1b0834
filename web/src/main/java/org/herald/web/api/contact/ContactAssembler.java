package org.herald.web.api.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.herald.api.contact.ContactDto;
import org.herald.api.contact.EmailDto;
import org.herald.api.contact.EmailType;
import org.herald.api.contact.PhoneDto;
import org.herald.api.contact.PhoneType;
import org.herald.contact.Contact;
import org.herald.contact.ContactDetails;
import org.herald.contact.ContactEmail;
import org.herald.contact.ContactPhone;
import org.herald.contact.EmailAddress;
import org.herald.contact.PhoneNumber;
import org.herald.error.Violations;
import org.herald.language.Languages;
import org.herald.web.api.RequestBody;

/** Maps contacts between their REST shape and the domain, naming every invalid field. */
@ApplicationScoped
public class ContactAssembler {

  private static final int NAME_LENGTH = 200;

  @Inject Languages languages;

  /** The details a client sent, or every invalid value in them at once. */
  public ContactDetails toDetails(ContactDto dto) {
    RequestBody.require(dto);
    Violations violations = new Violations();
    violations.require("name", dto.name());
    violations.maxLength("name", dto.name(), NAME_LENGTH);
    String language =
        dto.preferredLanguage() == null
            ? languages.defaultLanguage()
            : violations.check("preferredLanguage", () -> languages.check(dto.preferredLanguage()));
    List<ContactEmail> emails = new ArrayList<>();
    List<EmailDto> emailDtos = dto.emails() == null ? List.of() : dto.emails();
    for (int i = 0; i < emailDtos.size(); i++) {
      EmailDto email = emailDtos.get(i);
      String at = "emails[" + i + "].";
      violations.require(at + "type", email.type()); // else the address would be dropped
      EmailType type = violations.enumValue(at + "type", EmailType.class, email.type());
      EmailAddress address =
          violations.check(at + "address", () -> EmailAddress.of(email.address()));
      if (type != null && address != null) {
        emails.add(new ContactEmail(type, address, email.primary()));
      }
    }
    List<ContactPhone> phones = new ArrayList<>();
    List<PhoneDto> phoneDtos = dto.phones() == null ? List.of() : dto.phones();
    for (int i = 0; i < phoneDtos.size(); i++) {
      PhoneDto phone = phoneDtos.get(i);
      String at = "phones[" + i + "].";
      violations.require(at + "type", phone.type());
      PhoneType type = violations.enumValue(at + "type", PhoneType.class, phone.type());
      PhoneNumber number = violations.check(at + "number", () -> PhoneNumber.of(phone.number()));
      if (type != null && number != null) {
        phones.add(new ContactPhone(type, number, phone.primary()));
      }
    }
    violations.throwIfAny();
    return new ContactDetails(
        dto.name().trim(),
        language,
        emails,
        phones,
        dto.optInDirectMarketing(),
        dto.optInAffiliateMarketing());
  }

  public ContactDto toDto(Contact contact) {
    return new ContactDto(
        contact.getNumber(),
        contact.getName(),
        contact.getPreferredLanguage(),
        contact.getEmails().stream()
            .map(e -> new EmailDto(e.getType().name(), e.getAddress(), e.isPrimary()))
            .toList(),
        contact.getPhones().stream()
            .map(p -> new PhoneDto(p.getType().name(), p.getNumber(), p.isPrimary()))
            .toList(),
        contact.isOptInDirectMarketing(),
        contact.isOptInAffiliateMarketing(),
        contact.getCreatedAt(),
        contact.getUpdatedAt());
  }
}
