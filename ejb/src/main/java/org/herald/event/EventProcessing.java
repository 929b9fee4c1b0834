package org.herald.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.herald.entity.EntityKey;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.error.Violations;
import org.herald.segment.Segment;
import org.herald.segment.SegmentMembership;
import org.herald.segment.SegmentRepository;

/**
 * Applies the effective automations of an event's type to it, in one transaction: each one's
 * conditions, then its segments, then per medium the addresses it sends to; each communication is
 * claimed in {@link EventOutcomes} before it is made, so processing the same event again (a
 * redelivered message, a second node) makes none twice. All of an event's communications then take
 * the send path together, which also applies the contact's consent.
 */
@Stateless
public class EventProcessing {

  private static final List<Medium> MEDIA = List.of(Medium.EMAIL, Medium.SMS);

  @Inject EventRepository events;
  @Inject EventOutcomes outcomes;
  @Inject AutomationRepository automations;
  @Inject ContactRepository contacts;
  @Inject ContactInformation records;
  @Inject SegmentRepository segments;
  @Inject SegmentMembership membership;
  @Inject CommunicationService communications;

  /** A communication claimed for an event, to be made. */
  private record Claim(Automation automation, Medium medium, String address) {}

  public void process(long eventId) {
    Optional<BusinessEvent> found = events.find(eventId);
    if (found.isEmpty()) {
      return; // its transaction never committed: nothing to do
    }
    BusinessEvent event = found.get();
    Contact contact = contacts.findByNumber(event.getContactNumber()).orElse(null);
    EntityLookup lookup = records.remembering();
    EntityRecord entity = lookup.find(event.getEntityType(), event.getEntityNumber()).orElse(null);
    EntityRecord contactRecord = contact == null ? null : ContactInformation.of(contact);
    EntityRecord accountsReceivable = accountsReceivable(entity, lookup);
    LocalDate today = LocalDate.now();
    List<Claim> claims = new ArrayList<>();
    for (Automation automation : automations.effectiveFor(event.getEventType())) {
      if (contact == null || entity == null) {
        refuse(event, automation, AutomationOutcome.REFUSED, "the contact or entity is gone");
        continue;
      }
      Conditions conditions = conditions(automation);
      if (!conditions.holdFor(
          type ->
              type.equals(EntityModel.CONTACT_INFORMATION)
                  ? contactRecord
                  : type.equals(event.getEntityType()) ? entity : null,
          lookup,
          today)) {
        refuse(
            event,
            automation,
            AutomationOutcome.CONDITION_FALSE,
            "none holds of: "
                + conditions.all().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining("; ")));
        continue;
      }
      if (!inSegments(automation, contact)) {
        refuse(
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
          outcomes.claim(
              event.getId(),
              automation.getId(),
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
                  null));
          continue;
        }
        for (String address : addresses) {
          Outcome sent =
              new Outcome(
                  automation.getCode(), medium.name(), address, AutomationOutcome.SENT, null, null);
          if (outcomes.claim(event.getId(), automation.getId(), sent)) {
            claims.add(new Claim(automation, medium, address));
          }
        }
      }
    }
    make(event, contact, claims);
    event.processed(Instant.now());
  }

  /** Makes the claimed communications through the send path and records what became of each. */
  private void make(BusinessEvent event, Contact contact, List<Claim> claims) {
    if (claims.isEmpty()) {
      return;
    }
    List<EntityKey> referring =
        event.getEntityType().equals(EntityModel.CONTACT_INFORMATION)
            ? List.of()
            : List.of(new EntityKey(event.getEntityType(), event.getEntityNumber()));
    List<BatchItem> items = new ArrayList<>();
    for (Claim claim : claims) {
      items.add(
          new BatchItem(
              new NewCommunication(
                  contact.getNumber(),
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
    List<BatchOutcome> made = communications.createAll(items, Origin.AUTOMATION);
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      BatchOutcome result = made.get(i);
      outcomes.settle(
          event.getId(),
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
              : refused(claim, result.errors()));
    }
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

  private void refuse(
      BusinessEvent event, Automation automation, AutomationOutcome why, String detail) {
    outcomes.claim(
        event.getId(),
        automation.getId(),
        new Outcome(automation.getCode(), Outcome.NO_MEDIUM, "", why, detail, null));
  }

  /** Stored conditions were checked on save; one the model no longer has is left out. */
  private static Conditions conditions(Automation automation) {
    return Conditions.parse(
        automation.getConditions(), "conditions", null, ConditionPaths.crm(), new Violations());
  }

  private boolean inSegments(Automation automation, Contact contact) {
    if (automation.getSegments().isEmpty()) {
      return true;
    }
    List<Segment> named = new ArrayList<>();
    for (String code : automation.getSegments()) {
      segments.findByCode(code).ifPresent(named::add);
    }
    return membership.inAny(named, contact.getId());
  }

  /** The event's accounts receivable: the entity itself, or the one it refers to. */
  private static EntityRecord accountsReceivable(EntityRecord entity, EntityLookup lookup) {
    if (entity == null) {
      return null;
    }
    if (entity.type().equals("accounts_receivable")) {
      return entity;
    }
    Object number = entity.value("accounts_receivable");
    return number == null
        ? null
        : lookup.find("accounts_receivable", number.toString()).orElse(null);
  }
}
