package org.herald.it.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.herald.api.event.ConditionDto;
import org.herald.api.notification.NotificationTypeDto;

/**
 * Builds notification types for tests: a financial type over accounts receivable state with a code
 * no other test uses, each field changed by name, so a test states only what it is about.
 */
public final class TestNotificationTypes {

  private String code = "NT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private String name = "Outstanding amounts";
  private String classification = "FINANCIAL";
  private String topic = "ACCOUNTS_RECEIVABLE_STATE";
  private List<String> templates = List.of();
  private String externalSystem;
  private Instant expiresAt;
  private String expiresAfter;
  private String dataProtection;
  private List<ConditionDto> conditions;
  private List<String> segments;

  private TestNotificationTypes() {}

  /** A financial type over accounts receivable state sending {@code templates}. */
  public static TestNotificationTypes aType(String... templates) {
    return new TestNotificationTypes().templates(templates);
  }

  public String code() {
    return code;
  }

  public TestNotificationTypes code(String code) {
    this.code = code;
    return this;
  }

  public TestNotificationTypes named(String name) {
    this.name = name;
    return this;
  }

  public TestNotificationTypes classification(String classification) {
    this.classification = classification;
    return this;
  }

  public TestNotificationTypes topic(String topic) {
    this.topic = topic;
    return this;
  }

  public TestNotificationTypes templates(String... templates) {
    this.templates = List.of(templates);
    return this;
  }

  public TestNotificationTypes externalSystem(String externalSystem) {
    this.externalSystem = externalSystem;
    return this;
  }

  public TestNotificationTypes expiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  public TestNotificationTypes expiresAfter(String expiresAfter) {
    this.expiresAfter = expiresAfter;
    return this;
  }

  public TestNotificationTypes dataProtection(String dataProtection) {
    this.dataProtection = dataProtection;
    return this;
  }

  public TestNotificationTypes conditions(ConditionDto... conditions) {
    this.conditions = List.of(conditions);
    return this;
  }

  public TestNotificationTypes segments(String... segments) {
    this.segments = List.of(segments);
    return this;
  }

  public NotificationTypeDto build() {
    return new NotificationTypeDto(
        code,
        name,
        classification,
        topic,
        null,
        templates,
        externalSystem,
        expiresAt,
        expiresAfter,
        dataProtection,
        conditions,
        segments,
        null,
        null);
  }

  /** Creates it over REST and answers its code. */
  public String create(HeraldClient client) {
    ApiResponse response = client.post("/notification-types", build());
    if (response.status() != 201) {
      throw new AssertionError("Notification type not created: " + response);
    }
    return code;
  }
}
