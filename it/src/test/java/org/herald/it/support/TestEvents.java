package org.herald.it.support;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds business events as the CRM posts them, each with an id no other test uses. */
public final class TestEvents {

  private final Map<String, Object> body = new LinkedHashMap<>();

  private TestEvents(String type, String entityType, String number, String contact) {
    body.put("id", "EV-" + UUID.randomUUID());
    body.put("type", type);
    body.put("entity", Map.of("type", entityType, "number", number));
    body.put("contact", contact);
    body.put("occurredAt", Instant.now().toString());
  }

  /** An event of {@code type} (e.g. payment.posted) about the record {@code number}. */
  public static TestEvents anEvent(String type, String number, String contact) {
    return new TestEvents(type, type.substring(0, type.indexOf('.')), number, contact);
  }

  public TestEvents with(String field, Object value) {
    body.put(field, value);
    return this;
  }

  /** The entity's values at the moment of the event. */
  public TestEvents values(Map<String, Object> values) {
    return with("values", values);
  }

  public String id() {
    return (String) body.get("id");
  }

  public Map<String, Object> build() {
    return body;
  }

  /** Posts it, expecting 202, and answers its id. */
  public String post(HeraldClient api) {
    ApiResponse response = api.post("/events", body);
    if (response.status() != 202) {
      throw new AssertionError("Event not accepted: " + response);
    }
    return id();
  }

  /** The event once processed, with its outcomes. */
  public static JsonObject awaitProcessed(HeraldClient api, String id) {
    return Eventually.await(
        Duration.ofSeconds(30),
        () -> api.get("/events/" + id).json(),
        event -> event.containsKey("processedAt") && !event.isNull("processedAt"));
  }
}
