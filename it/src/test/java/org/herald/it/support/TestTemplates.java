package org.herald.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.api.template.TemplateContentDto;
import org.herald.api.template.TemplateDto;

/** Builds communication templates for tests; each gets a code no other test uses. */
public final class TestTemplates {

  private final String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private String name = "Test template";
  private String medium;
  private String direction = "OUTGOING";
  private String category;
  private String notificationItem;
  private final List<String> entityTypes = new ArrayList<>();
  private String externalSystem;
  private Boolean effective;
  private String defaultLanguage;
  private final Map<String, TemplateContentDto> contents = new LinkedHashMap<>();

  private TestTemplates(String medium) {
    this.medium = medium;
  }

  public static TestTemplates anEmailTemplate() {
    return new TestTemplates("EMAIL");
  }

  public static TestTemplates anSmsTemplate() {
    return new TestTemplates("SMS");
  }

  public String code() {
    return code;
  }

  public TestTemplates named(String name) {
    this.name = name;
    return this;
  }

  public TestTemplates medium(String medium) {
    this.medium = medium;
    return this;
  }

  public TestTemplates category(String category) {
    this.category = category;
    return this;
  }

  public TestTemplates referringTo(String... types) {
    entityTypes.addAll(List.of(types));
    return this;
  }

  public TestTemplates handledBy(String externalSystem) {
    this.externalSystem = externalSystem;
    return this;
  }

  public TestTemplates effective(boolean effective) {
    this.effective = effective;
    return this;
  }

  public TestTemplates defaultLanguage(String language) {
    this.defaultLanguage = language;
    return this;
  }

  public TestTemplates in(String language, String subject, String body) {
    contents.put(language, new TemplateContentDto(subject, body));
    return this;
  }

  /** A notification template, for runs over items of {@code type}. */
  public TestTemplates forNotificationsOf(String type) {
    this.notificationItem = type;
    return this;
  }

  public TemplateDto build() {
    return new TemplateDto(
        code,
        name,
        medium,
        direction,
        category,
        entityTypes,
        externalSystem,
        effective,
        defaultLanguage,
        contents,
        notificationItem,
        null,
        null);
  }

  /** Creates it over REST and answers its code. */
  public String create(HeraldClient client) {
    ApiResponse response = client.post("/templates", build());
    if (response.status() != 201) {
      throw new AssertionError("Template not created: " + response);
    }
    return code;
  }
}
