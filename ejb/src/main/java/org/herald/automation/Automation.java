package org.herald.automation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.herald.api.Classification;
import org.herald.api.Medium;
import org.herald.condition.ConditionInput;
import org.herald.condition.StoredCondition;
import org.herald.contact.Contact;
import org.herald.contact.ContactEmail;
import org.herald.contact.ContactPhone;
import org.herald.entity.EntityRecord;

/**
 * An event based communication: on an event of its type, for a contact in one of its segments (if
 * any) for whom at least one of its conditions holds (if any), it makes an email and/or an SMS from
 * its templates, to the addresses its send-to rule picks.
 */
@Entity
@Table(name = "automation")
@NamedQuery(name = "Automation.byCode", query = "SELECT a FROM Automation a WHERE a.code = :code")
@NamedQuery(
    name = "Automation.effectiveFor",
    query =
        "SELECT a FROM Automation a WHERE a.eventType = :eventType AND a.effective = TRUE"
            + " ORDER BY a.id")
public class Automation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "automation_seq")
  @SequenceGenerator(name = "automation_seq", sequenceName = "automation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, unique = true)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(name = "email_template_code")
  private String emailTemplate;

  @Column(name = "sms_template_code")
  private String smsTemplate;

  @Column(name = "send_to", nullable = false)
  private String sendTo;

  @Column(name = "consider_presentment", nullable = false)
  private boolean considerPresentmentPreferences;

  @Enumerated(EnumType.STRING)
  @Column(name = "classification", nullable = false)
  private Classification classification;

  @Column(name = "override_preferences", nullable = false)
  private boolean overridePreferences;

  @Column(name = "effective", nullable = false)
  private boolean effective;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "automation_condition", joinColumns = @JoinColumn(name = "automation_id"))
  @OrderColumn(name = "position")
  private List<StoredCondition> conditions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "automation_segment", joinColumns = @JoinColumn(name = "automation_id"))
  @OrderColumn(name = "position")
  @Column(name = "segment_code")
  private List<String> segments = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Automation() {}

  Automation(String code, AutomationRules.Checked checked, Instant now) {
    this.code = code;
    this.createdAt = now;
    revise(checked, now);
  }

  void revise(AutomationRules.Checked checked, Instant now) {
    AutomationDetails details = checked.details();
    this.name = details.name();
    this.eventType = details.eventType();
    this.emailTemplate = details.emailTemplate();
    this.smsTemplate = details.smsTemplate();
    this.sendTo = checked.sendTo().name();
    this.considerPresentmentPreferences = details.considerPresentmentPreferences();
    this.classification = checked.classification();
    this.overridePreferences = details.overridePreferences();
    this.effective = details.effective() == null || details.effective();
    // Refilled in place, after emptyLists() was written when changed (OrderedLists): a kept
    // condition moved to another position would collide with the one still holding it.
    this.conditions.clear();
    checked.conditions().inputs().forEach(input -> conditions.add(new StoredCondition(input)));
    this.segments.clear();
    this.segments.addAll(details.segments());
    this.updatedAt = now;
  }

  /** Empties the ordered lists, to be written before {@link #revise} refills them. */
  void emptyLists() {
    conditions.clear();
    segments.clear();
  }

  /**
   * Where this automation sends by {@code medium} for {@code contact}: the accounts receivable's
   * presentment address when it considers presentment preferences and one is set, else the
   * contact's addresses its send-to rule picks (for SMS, mobile numbers unless a type is named);
   * none when the contact has none of them.
   */
  public List<String> addresses(Medium medium, Contact contact, EntityRecord accountsReceivable) {
    if (considerPresentmentPreferences && accountsReceivable != null) {
      Object presentment =
          accountsReceivable.value(
              medium == Medium.EMAIL ? "presentment_email" : "presentment_phone");
      if (presentment instanceof String address && !address.isBlank()) {
        return List.of(address);
      }
    }
    SendTo rule = getSendTo();
    Stream<String> addresses;
    if (medium == Medium.EMAIL) {
      addresses =
          rule.isPrimary()
              ? contact.primaryEmail().map(ContactEmail::getAddress).stream()
              : contact.getEmails().stream()
                  .filter(email -> rule.isAll() || email.getType().name().equals(rule.name()))
                  .map(ContactEmail::getAddress);
    } else {
      addresses =
          rule.isPrimary()
              ? contact.primaryMobile().map(ContactPhone::getNumber).stream()
              : contact.getPhones().stream()
                  .filter(
                      phone ->
                          rule.isAll()
                              ? phone.isMobile()
                              : phone.getType().name().equals(rule.name()))
                  .map(ContactPhone::getNumber);
    }
    return addresses.distinct().toList();
  }

  /** The template of a medium, null when the automation sends nothing by it. */
  public String templateFor(Medium medium) {
    return switch (medium) {
      case EMAIL -> emailTemplate;
      case SMS -> smsTemplate;
      default -> null;
    };
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getEventType() {
    return eventType;
  }

  public String getEmailTemplate() {
    return emailTemplate;
  }

  public String getSmsTemplate() {
    return smsTemplate;
  }

  public SendTo getSendTo() {
    return new SendTo(sendTo);
  }

  public boolean isConsiderPresentmentPreferences() {
    return considerPresentmentPreferences;
  }

  public Classification getClassification() {
    return classification;
  }

  public boolean isOverridePreferences() {
    return overridePreferences;
  }

  public boolean isEffective() {
    return effective;
  }

  public List<ConditionInput> getConditions() {
    return conditions.stream().map(StoredCondition::input).toList();
  }

  public List<String> getSegments() {
    return List.copyOf(segments);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
