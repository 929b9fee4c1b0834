package org.herald.automation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;

/**
 * The catalogue of business events, derived from the entity model: every entity type can be {@code
 * created} and {@code updated}, and some have the life-cycle events the seed names (a subscription
 * is activated and becomes effective, a payment is posted, a bill issued, a service request
 * responded to and closed, a contact registered). A type added to the model has its events at once.
 */
public final class EventTypes {

  private static final List<String> EVERY_TYPE = List.of("created", "updated");

  private static final Map<String, List<String>> LIFE_CYCLE =
      Map.of(
          EntityModel.CONTACT_INFORMATION,
          List.of("registered"),
          "subscription",
          List.of("activated", "effective", "deactivated"),
          "payment",
          List.of("posted", "cancelled"),
          "bill",
          List.of("issued"),
          "service_request",
          List.of("responded", "closed"));

  private static final EventTypes CRM = new EventTypes(EntityModel.crm());

  private final Map<String, EventType> byName = new LinkedHashMap<>();

  public EventTypes(EntityModel model) {
    for (EntityType type : model.types()) {
      List<String> events = new ArrayList<>(LIFE_CYCLE.getOrDefault(type.name(), List.of()));
      events.addAll(EVERY_TYPE);
      for (String event : events) {
        EventType eventType = new EventType(type.name(), event);
        byName.put(eventType.name(), eventType);
      }
    }
  }

  public static EventTypes crm() {
    return CRM;
  }

  public Optional<EventType> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  /** Every event type, by entity type in the model's order. */
  public List<EventType> all() {
    return List.copyOf(byName.values());
  }
}
