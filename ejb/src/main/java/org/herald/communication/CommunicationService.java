package org.herald.communication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.CommunicationStatus;
import org.herald.api.communication.Origin;
import org.herald.category.Category;
import org.herald.category.CategoryRepository;
import org.herald.contact.Contact;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.entity.EntityKeys;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.error.InvalidValueException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.language.Languages;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.PublicNumbers;
import org.herald.queue.QueueEntry;
import org.herald.queue.QueueService;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateRepository;

/** Creates manual communications and, when they are completed, queues their delivery. */
@Stateless
public class CommunicationService {

  @Inject CommunicationRepository communications;
  @Inject CategoryRepository categories;
  @Inject ContactRepository contacts;
  @Inject QueueService queue;
  @Inject SendPath sendPath;
  @Inject PublicNumbers numbers;
  @Inject ExternalSystemRepository externalSystems;
  @Inject ContactInformation entities;
  @Inject Personalisation personalisation;
  @Inject TemplateRepository templates;
  @Inject Languages languages;
  private final EntityModel model = EntityModel.crm();

  /**
   * Saves a communication as a draft, or completes it through the {@link SendPath} (an outgoing
   * email or SMS is then queued in the same transaction). An idempotency key already used answers
   * the communication it created.
   */
  public Communication create(NewCommunication request, String idempotencyKey) {
    if (idempotencyKey != null) {
      Optional<Communication> existing = communications.findByIdempotencyKey(idempotencyKey);
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    Instant now = Instant.now();
    Violations violations = new Violations();
    NewCommunication filled = fromTemplate(request, violations);
    References references = resolve(filled, now, violations);
    Communication communication =
        new Communication(
            numbers.next(PublicNumbers.Kind.COMMUNICATION),
            filled,
            references,
            idempotencyKey,
            Origin.MANUAL,
            now);
    completeUnlessDraft(communication, filled.draft(), references);
    return communication;
  }

  /** Rewrites a draft; saved again as a draft, or completed (and so sent). */
  public Communication update(String number, NewCommunication request) {
    Communication communication = get(number);
    Instant now = Instant.now();
    Violations violations = new Violations();
    NewCommunication filled = fromTemplate(request, violations);
    References references = resolve(filled, now, violations);
    communication.revise(filled, references);
    completeUnlessDraft(communication, filled.draft(), references);
    return communication;
  }

  /** The numbers of the communications that follow this one up, oldest first. */
  public List<String> followUps(Communication communication) {
    return communications.followUps(communication);
  }

  /** A draft is stored as it is; anything else takes the send path, which stores it if it may. */
  private void completeUnlessDraft(
      Communication communication, boolean draft, References references) {
    if (draft) {
      if (communication.getId() == null) {
        communications.add(communication);
      }
      return;
    }
    sendPath.complete(
        new SendPath.Outgoing(communication, references.referringRecords(), references.texts()));
  }

  /**
   * The request with the gaps filled from the template it names, in the language asked for, else
   * the contact's preferred one, else the template's default; as it is without a template.
   */
  private NewCommunication fromTemplate(NewCommunication request, Violations violations) {
    if (request.language() != null) {
      violations.check("language", () -> languages.check(request.language()));
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
            : contacts
                .findByNumber(request.contactNumber())
                .map(Contact::getPreferredLanguage)
                .orElse(null);
    return request.filledFrom(template, template.languageFor(request.language(), preferred));
  }

  private CommunicationTemplate usableTemplate(String code) {
    CommunicationTemplate template =
        templates
            .findByCode(code)
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
  private References resolve(NewCommunication request, Instant now, Violations violations) {
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
            request.referringEntities(), model, entities, "referringEntities", violations);
    // An incoming communication records what arrived: its text is not Herald's to render.
    Personalisation.Texts texts =
        request.direction() == Direction.OUTGOING
            ? personalisation.check(request, violations)
            : null;
    violations.throwIfAny();
    return new References(
        contact,
        category,
        recipient,
        referringTo,
        processedBy,
        request.referringEntities(),
        records,
        texts);
  }

  /** Only an external system that supports the medium may process an outgoing communication. */
  private ExternalSystem processor(NewCommunication request) {
    ExternalSystem system =
        externalSystems
            .findByCode(request.processedBy())
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
        communications
            .findByNumber(number)
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

  public Communication get(String number) {
    return communications
        .findByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("communication", number));
  }

  public ResultPage<Communication> list(CommunicationFilter filter, PageRequest page) {
    return communications.list(filter, page);
  }

  public long count(CommunicationFilter filter) {
    return communications.count(filter);
  }

  public Optional<QueueEntry> queueEntry(Communication communication) {
    return queue.forCommunication(communication.getId());
  }

  /** The queue entries of a page of communications, by communication id, in one query. */
  public Map<Long, QueueEntry> queueEntries(List<Communication> page) {
    return queue.forCommunications(page.stream().map(Communication::getId).toList());
  }

  private Contact contact(String number) {
    if (number == null || number.isBlank()) {
      throw new InvalidValueException("REQUIRED", "is required unless referringTo names one");
    }
    return contacts
        .findByNumber(number)
        .orElseThrow(() -> new InvalidValueException("UNKNOWN_CONTACT", "no contact " + number));
  }

  private Category category(String code) {
    return categories
        .findByCode(code)
        .orElseThrow(() -> new InvalidValueException("UNKNOWN_CATEGORY", "no category " + code));
  }
}
