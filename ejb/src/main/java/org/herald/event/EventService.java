package org.herald.event;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.automation.EventType;
import org.herald.automation.EventTypes;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.entity.EntitySnapshot;
import org.herald.entity.ReferringEntityService;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/**
 * Accepts business events from the CRM: all of a request checked first (nothing stored when one is
 * wrong), then each new id stored and its entity values upserted, and the new ones queued for
 * processing in one message, in one transaction; an id received before changes nothing.
 */
@Stateless
public class EventService {

  /** Events one batch may carry. */
  public static final int MAX_BATCH = 1_000;

  private static final String ID_PATTERN = "[A-Za-z0-9._:-]{1,100}";
  private static final int NUMBER_LENGTH = 50;

  private final EventTypes eventTypes = EventTypes.crm();
  private final EntityModel model = EntityModel.crm();

  @Inject EventRepository events;
  @Inject EventOutcomes outcomes;
  @Inject EventPublisher publisher;
  @Inject ContactRepository contacts;
  @Inject ContactInformation records;
  @Inject ReferringEntityService entities;

  /** One event of a request: whether it was new (received now) or received before. */
  public record Accepted(String eventId, boolean received) {}

  /** An event as read back, with what its automations made of it. */
  public record Shown(BusinessEvent event, List<Outcome> outcomes) {}

  /** Accepts one event; problems are named by field ({@code entity.number}). */
  public Accepted accept(NewEvent event) {
    return acceptAll(List.of(event), null).get(0);
  }

  /** Accepts a batch; problems are named {@code items[i].field}. */
  public List<Accepted> acceptBatch(List<NewEvent> batch) {
    return acceptAll(batch, "items");
  }

  private List<Accepted> acceptAll(List<NewEvent> batch, String field) {
    Violations violations = new Violations();
    if (field != null && (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH)) {
      violations.add(field, "OUT_OF_RANGE", "1 to " + MAX_BATCH + " events");
      violations.throwIfAny();
    }
    Set<String> ids = new HashSet<>();
    Checks checks = new Checks();
    // The batch's contacts in one query; a number not among them is asked on its own, and refused.
    checks.knownContacts.addAll(
        contacts
            .findByNumbers(
                batch.stream()
                    .filter(Objects::nonNull)
                    .map(NewEvent::contact)
                    .filter(number -> number != null && mayBeContactNumber(number))
                    .collect(Collectors.toSet()))
            .keySet());
    for (int i = 0; i < batch.size(); i++) {
      String at = field == null ? "" : field + "[" + i + "].";
      NewEvent event = batch.get(i);
      if (event == null) {
        violations.add(field + "[" + i + "]", "REQUIRED", "is required");
        checks.checked.add(null);
        continue;
      }
      if (event.eventId() != null && !ids.add(event.eventId())) {
        violations.add(at + "id", "DUPLICATE", "is the id of an earlier event of this batch");
      }
      checks.checked.add(check(event, at, violations, checks));
    }
    violations.throwIfAny();
    Set<String> known = events.existing(List.copyOf(ids));
    List<NewEvent> fresh = new ArrayList<>();
    List<String> entityTypes = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (!known.contains(batch.get(i).eventId())) {
        fresh.add(batch.get(i));
        entityTypes.add(checks.checked.get(i).type().entityType());
      }
    }
    Map<String, Long> received = events.insertAllIfNew(fresh, entityTypes, Instant.now());
    List<EntitySnapshot> values = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      NewEvent event = batch.get(i);
      boolean isNew = received.containsKey(event.eventId());
      if (isNew && checks.checked.get(i).values() != null) {
        values.add(checks.checked.get(i).values());
      }
      accepted.add(new Accepted(event.eventId(), isNew));
    }
    entities.storeAll(values);
    if (!received.isEmpty()) {
      publisher.publishAll(List.copyOf(received.values()));
    }
    return accepted;
  }

  /** An event as checked: its type, and its entity's values to store, if it gave any. */
  private record Checked(EventType type, EntitySnapshot values) {}

  /** What checking a request found, and the contacts it found known (asked once each). */
  private static final class Checks {
    final List<Checked> checked = new ArrayList<>();
    final Set<String> knownContacts = new HashSet<>();
  }

  /** Records every problem of one event under {@code at}; answers it checked. */
  private Checked check(NewEvent event, String at, Violations violations, Checks checks) {
    if (event.eventId() == null || !event.eventId().matches(ID_PATTERN)) {
      violations.add(at + "id", "INVALID_ID", "must be 1 to 100 of A-Z, a-z, 0-9 and . _ : -");
    }
    EventType type = null;
    if (event.type() == null) {
      violations.add(
          at + "type", "REQUIRED", "is required, e.g. payment.posted (GET /event-types)");
    } else {
      type = eventTypes.find(event.type()).orElse(null);
      if (type == null) {
        violations.add(
            at + "type", "UNKNOWN_EVENT_TYPE", "'" + event.type() + "' is not an event type");
      }
    }
    if (event.contact() == null || event.contact().isBlank()) {
      violations.add(at + "contact", "REQUIRED", "is required");
    } else if (!knownContact(event.contact(), checks)) {
      violations.add(at + "contact", "UNKNOWN_CONTACT", "no contact " + event.contact());
    }
    if (event.occurredAt() == null) {
      violations.add(at + "occurredAt", "REQUIRED", "is required");
    }
    if (event.entity() == null) {
      violations.add(at + "entity", "REQUIRED", "is required ({type, number})");
      return new Checked(type, null);
    }
    if (type != null
        && event.entity().type() != null
        && !event.entity().type().equals(type.entityType())) {
      violations.add(
          at + "entity.type",
          "ENTITY_TYPE_MISMATCH",
          "a " + type.name() + " event is about a " + type.entityType());
    }
    String number = event.entity().number();
    if (number == null || number.isBlank() || number.length() > NUMBER_LENGTH) {
      violations.add(at + "entity.number", "REQUIRED", "1 to " + NUMBER_LENGTH + " characters");
      return new Checked(type, null);
    }
    if (type == null) {
      return new Checked(null, null);
    }
    if (event.values() != null) {
      return new Checked(type, checkValues(event, type, at, violations));
    }
    if (records.find(type.entityType(), number).isEmpty()) {
      violations.add(
          at + "entity.number",
          "UNKNOWN_ENTITY",
          "no " + type.entityType() + " " + number + "; sync it first or give its values");
    }
    return new Checked(type, null);
  }

  /** Longer than a contact number's column: no contact's, and not worth a query. */
  private static boolean mayBeContactNumber(String number) {
    return number.length() <= 20;
  }

  private boolean knownContact(String number, Checks checks) {
    if (checks.knownContacts.contains(number)) {
      return true;
    }
    boolean known = mayBeContactNumber(number) && contacts.findByNumber(number).isPresent();
    if (known) {
      checks.knownContacts.add(number);
    }
    return known;
  }

  /** The entity's values as the event gives them, checked; null when they are not valid. */
  private EntitySnapshot checkValues(
      NewEvent event, EventType type, String at, Violations violations) {
    if (type.entityType().equals(EntityModel.CONTACT_INFORMATION)) {
      violations.add(at + "values", "NOT_ALLOWED", "a contact's values change through /contacts");
      return null;
    }
    var values =
        model
            .type(type.entityType())
            .orElseThrow()
            .parse(event.values(), at + "values.", violations);
    Object given = values.get(EntityRecord.NUMBER);
    if (given != null && !given.equals(event.entity().number())) {
      violations.add(
          at + "values.number", "NUMBER_MISMATCH", "'" + given + "' is not the entity's number");
    }
    return new EntitySnapshot(type.entityType(), event.entity().number(), values);
  }

  public Shown show(String eventId) {
    BusinessEvent event =
        events
            .findByEventId(eventId)
            .orElseThrow(() -> new UnknownResourceException("event", eventId));
    return new Shown(event, outcomes.of(event.getId()));
  }

  /**
   * Queues the event for processing again: automations added or changed since apply to it, and what
   * it has made already is not made again (the outcome keys see to it).
   */
  public void reprocess(String eventId) {
    BusinessEvent event =
        events
            .findByEventId(eventId)
            .orElseThrow(() -> new UnknownResourceException("event", eventId));
    publisher.publish(event.getId());
  }

  public ResultPage<BusinessEvent> list(String type, String contact, PageRequest page) {
    return events.list(type, contact, page);
  }
}
