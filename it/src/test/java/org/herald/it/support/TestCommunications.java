package org.herald.it.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.api.communication.NewCommunicationDto;
import org.herald.api.entity.EntityReferenceDto;

/** Builds manual communications for tests. */
public final class TestCommunications {

  private final String contact;
  private String referringTo;
  private String direction = "OUTGOING";
  private String medium = "EMAIL";
  private String category;
  private String subject = "A subject";
  private String content = "Some content";
  private String recipient;
  private String processedBy;
  private final List<EntityReferenceDto> referringEntities = new ArrayList<>();
  private Instant expiresAt;
  private boolean draft;
  private String template;
  private String language;
  private String classification;
  private final Map<String, String> unrestricted = new HashMap<>();
  private Boolean overridePreferences;

  private TestCommunications(String contact) {
    this.contact = contact;
  }

  public static TestCommunications anEmailTo(String contact) {
    return new TestCommunications(contact);
  }

  public static TestCommunications anSmsTo(String contact) {
    return new TestCommunications(contact).medium("SMS").subject(null);
  }

  /** A follow-up of {@code communication}, for the same contact unless one is given. */
  public static TestCommunications aFollowUpOf(String communication) {
    TestCommunications followUp = new TestCommunications(null);
    followUp.referringTo = communication;
    return followUp;
  }

  public TestCommunications medium(String medium) {
    this.medium = medium;
    return this;
  }

  public TestCommunications incoming() {
    this.direction = "INCOMING";
    return this;
  }

  public TestCommunications category(String category) {
    this.category = category;
    return this;
  }

  public TestCommunications subject(String subject) {
    this.subject = subject;
    return this;
  }

  public TestCommunications content(String content) {
    this.content = content;
    return this;
  }

  public TestCommunications recipient(String recipient) {
    this.recipient = recipient;
    return this;
  }

  public TestCommunications processedBy(String externalSystem) {
    this.processedBy = externalSystem;
    return this;
  }

  public TestCommunications referringToEntity(String entityType, String number) {
    referringEntities.add(new EntityReferenceDto(entityType, number));
    return this;
  }

  public TestCommunications expiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  /**
   * Made from {@code template}: medium, direction, subject and content come from it (a request
   * still sets what it gives).
   */
  public static TestCommunications fromTemplate(String template, String contact) {
    TestCommunications communication = new TestCommunications(contact);
    communication.template = template;
    communication.direction = null;
    communication.medium = null;
    communication.subject = null;
    communication.content = null;
    return communication;
  }

  public TestCommunications language(String language) {
    this.language = language;
    return this;
  }

  public TestCommunications classification(String classification) {
    this.classification = classification;
    return this;
  }

  public TestCommunications unrestricted(String name, String value) {
    unrestricted.put(name, value);
    return this;
  }

  /** Sent whatever the contact's marketing preferences (the seed's override). */
  public TestCommunications overridingPreferences() {
    this.overridePreferences = true;
    return this;
  }

  public TestCommunications asDraft() {
    this.draft = true;
    return this;
  }

  public NewCommunicationDto build() {
    return new NewCommunicationDto(
        contact,
        referringTo,
        direction,
        medium,
        category,
        subject,
        content,
        recipient,
        processedBy,
        expiresAt,
        draft,
        referringEntities,
        template,
        language,
        classification,
        unrestricted,
        overridePreferences);
  }
}
