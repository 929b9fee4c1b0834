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
import org.herald.contact.Contact;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.entity.EntityKeys;
import org.herald.entity.EntityModel;
import org.herald.error.InvalidValueException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.PublicNumbers;
import org.herald.queue.QueueEntry;
import org.herald.queue.QueueService;
import org.herald.settings.CurrentSettings;

/** Creates manual communications and, when they are completed, queues their delivery. */
@Stateless
public class CommunicationService {

  @Inject CommunicationRepository communications;
  @Inject CategoryRepository categories;
  @Inject ContactRepository contacts;
  @Inject QueueService queue;
  @Inject PublicNumbers numbers;
  @Inject ExternalSystemRepository externalSystems;
  @Inject CurrentSettings settings;
  @Inject ContactInformation entities;
  private final EntityModel model = EntityModel.crm();

  /**
   * Saves a communication as a draft, or completes it; an outgoing email or SMS is then queued in
   * the same transaction. An idempotency key already used answers the communication it created.
   */
  public Communication create(NewCommunication request, String idempotencyKey) {
    if (idempotencyKey != null) {
      Optional<Communication> existing = communications.findByIdempotencyKey(idempotencyKey);
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    Instant now = Instant.now();
    References references = resolve(request, now);
    Communication communication =
        new Communication(
            numbers.next(PublicNumbers.Kind.COMMUNICATION),
            request,
            references,
            idempotencyKey,
            now);
    communications.add(communication);
    completeUnlessDraft(communication, request, now);
    return communication;
  }

  /** Rewrites a draft; saved again as a draft, or completed (and so sent). */
  public Communication update(String number, NewCommunication request) {
    Communication communication = get(number);
    Instant now = Instant.now();
    communication.revise(request, resolve(request, now));
    completeUnlessDraft(communication, request, now);
    return communication;
  }

  /** The numbers of the communications that follow this one up, oldest first. */
  public List<String> followUps(Communication communication) {
    return communications.followUps(communication);
  }

  private void completeUnlessDraft(
      Communication communication, NewCommunication request, Instant now) {
    if (!request.draft()) {
      communication.complete(now);
      SendingRules.check(communication, settings.get());
      if (communication.isToDeliver()) {
        ExternalSystem system = communication.getProcessedBy();
        queue.enqueue(
            communication.getId(),
            communication.outgoingMessage(),
            system != null && !system.hasWebhook(),
            request.expiresAt());
      }
    }
  }

  /** Looks up and checks everything the request refers to, refusing all problems at once. */
  private References resolve(NewCommunication request, Instant now) {
    Violations violations = new Violations();
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
        contact == null
            ? null
            : violations.check(
                "recipient",
                () ->
                    Recipients.resolve(
                        request.direction(), request.medium(), request.recipient(), contact));
    // Only whether they exist matters here: rendering looks them up again when it needs them.
    EntityKeys.resolve(
        request.referringEntities(), model, entities, "referringEntities", violations);
    violations.throwIfAny();
    return new References(
        contact,
        category,
        recipient,
        referringTo,
        processedBy,
        request.referringEntities() == null ? List.of() : request.referringEntities());
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
