package org.herald.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.Origin;
import org.herald.api.event.AutomationOutcome;
import org.herald.api.problem.FieldError;
import org.herald.automation.Automation;
import org.herald.automation.AutomationRepository;
import org.herald.communication.CommunicationService;
import org.herald.communication.CommunicationService.BatchItem;
import org.herald.communication.CommunicationService.BatchOutcome;
import org.herald.communication.NewCommunication;
import org.herald.condition.ConditionPaths;
import org.herald.condition.Conditions;
import org.herald.contact.Contact;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.entity.BatchLookup;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.error.Violations;
import org.herald.segment.Segment;
import org.herald.segment.SegmentMembership;
import org.herald.segment.SegmentRepository;

/**
 * Applies the effective automations of an event's type to it: each one's conditions, then its
 * segments, then per medium the addresses it sends to; each communication is claimed in {@link
 * EventOutcomes} before it is made, so processing the same event again (a redelivered message, a
 * second node) makes none twice. The events of one message (those a POST accepted together) are
 * processed in one transaction: the automations of a type, their conditions and segments, the
 * contacts, the entities and segment memberships are looked up once for all of them, and all their
 * communications take the send path together, which also applies each contact's consent.
 */
@Stateless
public class EventProcessing {

  private static final List<Medium> MEDIA = List.of(Medium.EMAIL, Medium.SMS);

  private static final String ACCOUNTS_RECEIVABLE = "accounts_receivable";

  @Inject EventRepository events;
  @Inject EventOutcomes outcomes;
  @Inject AutomationRepository automations;
  @Inject ContactRepository contacts;
  @Inject ContactInformation records;
  @Inject SegmentRepository segments;
  @Inject SegmentMembership membership;
  @Inject CommunicationService communications;

  /** A communication claimed for an event, to be made. */
  private record Claim(
      BusinessEvent event, Contact contact, Automation automation, Medium medium, String address) {}

  /**
   * The outcomes decided for the events of one transaction, recorded together: each {@code SENT}
   * one with the communication to make if recording it takes.
   */
  private static final class Decisions {
    final List<EventOutcomes.Keyed> outcomes = new ArrayList<>();
    final List<Claim> toMake = new ArrayList<>();

    void add(BusinessEvent event, Automation automation, Outcome outcome, Claim claim) {
      outcomes.add(new EventOutcomes.Keyed(event.getId(), automation.getId(), outcome));
      toMake.add(claim);
    }
  }

  /**
   * What the events of one transaction share, looked up once: nothing they change is read here
   * (their entities' values were stored when they were accepted, before any was processed).
   */
  private final class Shared {
    final BatchLookup lookup = records.forBatch();
    final LocalDate today = LocalDate.now();
    final Map<String, List<Automation>> byType = new HashMap<>();
    final Map<Long, Conditions> conditions = new HashMap<>();
    final Map<Long, List<Segment>> segmentsOf = new HashMap<>();
    final Map<String, Optional<Contact>> contactsByNumber = new HashMap<>();
    final Map<Long, Set<Long>> members = new HashMap<>();
    final Set<Long> askedAbout = new HashSet<>();

    /**
     * Fetches what the events will be asked about, a query per kind rather than per event: their
     * contacts, their entities, and the accounts receivable those refer to.
     */
    void prefetch(List<BusinessEvent> events) {
      List<String> numbers =
          events.stream().map(BusinessEvent::getContactNumber).distinct().toList();
      Map<String, Contact> found = contacts.findByNumbers(numbers);
      numbers.forEach(
          number -> contactsByNumber.put(number, Optional.ofNullable(found.get(number))));
      found.values().forEach(contact -> askedAbout.add(contact.getId()));
      events.stream()
          .collect(
              Collectors.groupingBy(
                  BusinessEvent::getEntityType,
                  Collectors.mapping(BusinessEvent::getEntityNumber, Collectors.toSet())))
          .forEach(lookup::fetch);
      lookup.fetch(
          ACCOUNTS_RECEIVABLE,
          events.stream()
              .map(event -> lookup.find(event.getEntityType(), event.getEntityNumber()))
              .flatMap(Optional::stream)
              .filter(entity -> !entity.type().equals(ACCOUNTS_RECEIVABLE))
              .map(entity -> entity.value(ACCOUNTS_RECEIVABLE))
              .filter(Objects::nonNull)
              .map(Object::toString)
              .collect(Collectors.toSet()));
    }

    List<Automation> automations(String eventType) {
      return byType.computeIfAbsent(eventType, automations::effectiveFor);
    }

    Conditions conditions(Automation automation) {
      return conditions.computeIfAbsent(
          automation.getId(), id -> EventProcessing.conditions(automation));
    }

    Contact contact(String number) {
      return contactsByNumber.computeIfAbsent(number, contacts::findByNumber).orElse(null);
    }

    boolean inSegments(Automation automation, Contact contact) {
      if (automation.getSegments().isEmpty()) {
        return true;
      }
      List<Segment> named = segmentsOf.computeIfAbsent(automation.getId(), id -> named(automation));
      if (!askedAbout.contains(contact.getId())) { // not one of the batch's: asked on its own
        return membership.inAny(named, contact.getId());
      }
      // The batch's contacts asked about together, once per automation.
      return members
          .computeIfAbsent(automation.getId(), id -> membership.membersAmong(named, askedAbout))
          .contains(contact.getId());
    }

    private List<Segment> named(Automation automation) {
      List<Segment> named = new ArrayList<>();
      for (String code : automation.getSegments()) {
        segments.findByCode(code).ifPresent(named::add);
      }
      return named;
    }
  }

  public void process(long eventId) {
    processAll(List.of(eventId));
  }

  /** Processes these events (by row id) in the caller's transaction; one gone is passed. */
  public void processAll(List<Long> eventIds) {
    Shared shared = new Shared();
    Decisions decisions = new Decisions();
    // An event not found: its transaction never committed, nothing to do.
    List<BusinessEvent> processed = events.findAll(eventIds);
    shared.prefetch(processed);
    for (BusinessEvent event : processed) {
      decide(event, shared, decisions);
    }
    boolean[] recorded = outcomes.claimAll(decisions.outcomes);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < recorded.length; i++) {
      if (recorded[i] && decisions.toMake.get(i) != null) {
        claims.add(decisions.toMake.get(i));
      }
    }
    make(claims, shared.lookup);
    Instant now = Instant.now();
    processed.forEach(event -> event.processed(now));
  }

  /**
   * Decides the communications the event's automations make, or why one makes none; each is made
   * only if its outcome's key is recorded by this transaction.
   */
  private void decide(BusinessEvent event, Shared shared, Decisions decisions) {
    Contact contact = shared.contact(event.getContactNumber());
    EntityLookup lookup = shared.lookup;
    EntityRecord entity = lookup.find(event.getEntityType(), event.getEntityNumber()).orElse(null);
    EntityRecord contactRecord = contact == null ? null : ContactInformation.of(contact);
    EntityRecord accountsReceivable = accountsReceivable(entity, lookup);
    for (Automation automation : shared.automations(event.getEventType())) {
      if (contact == null || entity == null) {
        refuse(
            decisions,
            event,
            automation,
            AutomationOutcome.REFUSED,
            "the contact or entity is gone");
        continue;
      }
      Conditions conditions = shared.conditions(automation);
      if (!conditions.holdFor(
          type ->
              type.equals(EntityModel.CONTACT_INFORMATION)
                  ? contactRecord
                  : type.equals(event.getEntityType()) ? entity : null,
          lookup,
          shared.today)) {
        refuse(
            decisions,
            event,
            automation,
            AutomationOutcome.CONDITION_FALSE,
            "none holds of: "
                + conditions.all().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining("; ")));
        continue;
      }
      if (!shared.inSegments(automation, contact)) {
        refuse(
            decisions,
            event,
            automation,
            AutomationOutcome.NOT_IN_SEGMENT,
            "not in " + String.join(", ", automation.getSegments()));
        continue;
      }
      for (Medium medium : MEDIA) {
        if (automation.templateFor(medium) == null) {
          continue;
        }
        List<String> addresses = automation.addresses(medium, contact, accountsReceivable);
        if (addresses.isEmpty()) {
          decisions.add(
              event,
              automation,
              new Outcome(
                  automation.getCode(),
                  medium.name(),
                  "",
                  AutomationOutcome.NO_ADDRESS,
                  contact.getNumber()
                      + " has no "
                      + medium
                      + " address of "
                      + automation.getSendTo().name(),
                  null),
              null);
          continue;
        }
        for (String address : addresses) {
          decisions.add(
              event,
              automation,
              new Outcome(
                  automation.getCode(), medium.name(), address, AutomationOutcome.SENT, null, null),
              new Claim(event, contact, automation, medium, address));
        }
      }
    }
  }

  /** Makes the claimed communications through the send path and records what became of each. */
  private void make(List<Claim> claims, BatchLookup lookup) {
    if (claims.isEmpty()) {
      return;
    }
    List<BatchItem> items = new ArrayList<>();
    for (Claim claim : claims) {
      BusinessEvent event = claim.event();
      List<EntityKey> referring =
          event.getEntityType().equals(EntityModel.CONTACT_INFORMATION)
              ? List.of()
              : List.of(new EntityKey(event.getEntityType(), event.getEntityNumber()));
      items.add(
          new BatchItem(
              new NewCommunication(
                  claim.contact().getNumber(),
                  null,
                  Direction.OUTGOING,
                  claim.medium(),
                  null,
                  null,
                  null,
                  claim.address(),
                  null,
                  null,
                  false,
                  referring,
                  claim.automation().templateFor(claim.medium()),
                  null,
                  claim.automation().getClassification(),
                  null,
                  claim.automation().isOverridePreferences()),
              null));
    }
    List<BatchOutcome> made = communications.createAll(items, Origin.AUTOMATION, lookup);
    List<EventOutcomes.Keyed> settled = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      BatchOutcome result = made.get(i);
      settled.add(
          new EventOutcomes.Keyed(
              claim.event().getId(),
              claim.automation().getId(),
              result.errors().isEmpty()
                  ? new Outcome(
                      claim.automation().getCode(),
                      claim.medium().name(),
                      claim.address(),
                      AutomationOutcome.SENT,
                      claim.automation().isOverridePreferences()
                          ? "sent overriding the contact's preferences"
                          : null,
                      result.communication().getNumber())
                  : refused(claim, result.errors())));
    }
    outcomes.settleAll(settled);
  }

  private static Outcome refused(Claim claim, List<FieldError> errors) {
    boolean optedOut = errors.stream().anyMatch(error -> "OPTED_OUT".equals(error.code()));
    return new Outcome(
        claim.automation().getCode(),
        claim.medium().name(),
        claim.address(),
        optedOut ? AutomationOutcome.OPTED_OUT : AutomationOutcome.REFUSED,
        errors.stream()
            .map(error -> error.field() + ": " + error.message())
            .collect(Collectors.joining("; ")),
        null);
  }

  private static void refuse(
      Decisions decisions,
      BusinessEvent event,
      Automation automation,
      AutomationOutcome why,
      String detail) {
    decisions.add(
        event,
        automation,
        new Outcome(automation.getCode(), Outcome.NO_MEDIUM, "", why, detail, null),
        null);
  }

  /** Stored conditions were checked on save; one the model no longer has is left out. */
  private static Conditions conditions(Automation automation) {
    return Conditions.parse(
        automation.getConditions(), "conditions", null, ConditionPaths.crm(), new Violations());
  }

  /** The event's accounts receivable: the entity itself, or the one it refers to. */
  private static EntityRecord accountsReceivable(EntityRecord entity, EntityLookup lookup) {
    if (entity == null) {
      return null;
    }
    if (entity.type().equals(ACCOUNTS_RECEIVABLE)) {
      return entity;
    }
    Object number = entity.value(ACCOUNTS_RECEIVABLE);
    return number == null ? null : lookup.find(ACCOUNTS_RECEIVABLE, number.toString()).orElse(null);
  }
}
