package org.herald.communication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.CommunicationStatus;
import org.herald.category.Category;
import org.herald.contact.Contact;
import org.herald.entity.EntityKeys;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.error.InvalidValueException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.template.CommunicationTemplate;

/**
 * The rules of a communication request, in plain Java: the gaps filled from the template it names,
 * then everything it names looked up and checked, every problem named at once. The lookups come
 * from a {@link Directory}, so the rules are unit-tested without a container.
 */
final class CommunicationRequests {

  /** Where the names a request uses are looked up. */
  interface Directory {
    Optional<Contact> contact(String number);

    Optional<Category> category(String code);

    Optional<Communication> communication(String number);

    Optional<ExternalSystem> externalSystem(String code);

    Optional<CommunicationTemplate> template(String code);

    EntityLookup entities();

    /**
     * @throws InvalidValueException when the language is not one of Herald's
     */
    String checkLanguage(String code);
  }

  /** Checks an outgoing request's subject and content (tags), answering them parsed. */
  interface TextCheck {
    Personalisation.Texts check(NewCommunication request, Violations violations);
  }

  /** A request resolved: as filled from its template, and what it names. */
  record Resolved(NewCommunication request, References references) {}

  private final EntityModel model = EntityModel.crm();
  private final Directory directory;
  private final TextCheck texts;

  CommunicationRequests(Directory directory, TextCheck texts) {
    this.directory = directory;
    this.texts = texts;
  }

  /**
   * @throws org.herald.error.InvalidInputException naming every problem of the request
   */
  Resolved resolve(NewCommunication request, Instant now) {
    Violations violations = new Violations();
    NewCommunication filled = fromTemplate(request, violations);
    References references = resolve(filled, now, violations);
    violations.throwIfAny();
    return new Resolved(filled, references);
  }

  /**
   * The request with the gaps filled from the template it names, in the language asked for, else
   * the contact's preferred one, else the template's default; as it is without a template.
   */
  NewCommunication fromTemplate(NewCommunication request, Violations violations) {
    if (request.language() != null) {
      violations.check("language", () -> directory.checkLanguage(request.language()));
    }
    if (request.templateCode() == null) {
      return request;
    }
    CommunicationTemplate template =
        violations.check("template", () -> usableTemplate(request.templateCode()));
    if (template == null) {
      return request;
    }
    if (request.medium() != null && request.medium() != template.getMedium()) {
      violations.add(
          "medium",
          "TEMPLATE_MISMATCH",
          "template " + template.getCode() + " is for " + template.getMedium());
    }
    if (request.direction() != null && request.direction() != template.getDirection()) {
      violations.add(
          "direction",
          "TEMPLATE_MISMATCH",
          "template " + template.getCode() + " is for " + template.getDirection());
    }
    String preferred =
        request.contactNumber() == null
            ? null
            : directory
                .contact(request.contactNumber())
                .map(Contact::getPreferredLanguage)
                .orElse(null);
    return request.filledFrom(template, template.languageFor(request.language(), preferred));
  }

  private CommunicationTemplate usableTemplate(String code) {
    CommunicationTemplate template =
        directory
            .template(code)
            .orElseThrow(
                () -> new InvalidValueException("UNKNOWN_TEMPLATE", "no template " + code));
    if (!template.isEffective()) {
      throw new InvalidValueException("NOT_EFFECTIVE", "template " + code + " is not effective");
    }
    if (template.getNotificationItem() != null) {
      throw new InvalidValueException(
          "NOTIFICATION_TEMPLATE", "template " + code + " is for notification runs");
    }
    return template;
  }

  /** Looks up and checks everything the request refers to, refusing all problems at once. */
  References resolve(NewCommunication request, Instant now, Violations violations) {
    // A request naming a template it can't use has only that error, not the gaps it left.
    if (request.medium() == null && request.templateCode() == null) {
      violations.add("medium", "REQUIRED", "is required unless a template gives it");
    }
    if (request.content() == null && request.templateCode() == null) {
      violations.add("content", "REQUIRED", "is required unless a template gives it");
    }
    Communication referringTo =
        request.referringTo() == null
            ? null
            : violations.check("referringTo", () -> followable(request.referringTo()));
    // A follow-up without a contact is for the contact of the communication it follows up.
    Contact contact =
        request.contactNumber() == null && request.referringTo() != null
            ? (referringTo == null ? null : referringTo.getContact())
            : violations.check("contact", () -> contact(request.contactNumber()));
    Category category =
        request.categoryCode() == null
            ? null
            : violations.check("category", () -> category(request.categoryCode()));
    if (request.medium() == Medium.EMAIL
        && (request.subject() == null || request.subject().isBlank())) {
      violations.add("subject", "REQUIRED", "is required for email");
    }
    if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
      violations.add("expiresAt", "IN_THE_PAST", "must be in the future");
    }
    ExternalSystem processedBy =
        request.processedBy() == null
            ? null
            : violations.check("processedBy", () -> processor(request));
    String recipient =
        contact == null || request.medium() == null || request.direction() == null
            ? null
            : violations.check(
                "recipient",
                () ->
                    Recipients.resolve(
                        request.direction(), request.medium(), request.recipient(), contact));
    List<EntityRecord> records =
        EntityKeys.resolve(
            request.referringEntities(),
            model,
            directory.entities(),
            "referringEntities",
            violations);
    // An incoming communication records what arrived: its text is not Herald's to render.
    Personalisation.Texts parsed =
        request.direction() == Direction.OUTGOING ? texts.check(request, violations) : null;
    return new References(
        contact,
        category,
        recipient,
        referringTo,
        processedBy,
        request.referringEntities(),
        records,
        parsed);
  }

  /** Only an external system that supports the medium may process an outgoing communication. */
  private ExternalSystem processor(NewCommunication request) {
    ExternalSystem system =
        directory
            .externalSystem(request.processedBy())
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "UNKNOWN_EXTERNAL_SYSTEM", "no external system " + request.processedBy()));
    if (request.direction() != Direction.OUTGOING) {
      throw new InvalidValueException(
          "NOT_OUTGOING", "only outgoing communications are processed by a system");
    }
    if (request.medium() != null && !system.supports(request.medium())) {
      throw new InvalidValueException(
          "MEDIUM_NOT_SUPPORTED",
          system.getCode()
              + " does not support "
              + request.medium()
              + "; it supports "
              + system.getSupportedMedia());
    }
    return system;
  }

  private Communication followable(String number) {
    Communication communication =
        directory
            .communication(number)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "UNKNOWN_COMMUNICATION", "no communication " + number));
    if (communication.getStatus() != CommunicationStatus.COMPLETED) {
      throw new InvalidValueException(
          "NOT_COMPLETED",
          number + " is a draft; only completed communications can be followed up");
    }
    return communication;
  }

  private Contact contact(String number) {
    if (number == null || number.isBlank()) {
      throw new InvalidValueException("REQUIRED", "is required unless referringTo names one");
    }
    return directory
        .contact(number)
        .orElseThrow(() -> new InvalidValueException("UNKNOWN_CONTACT", "no contact " + number));
  }

  private Category category(String code) {
    return directory
        .category(code)
        .orElseThrow(() -> new InvalidValueException("UNKNOWN_CATEGORY", "no category " + code));
  }
}
