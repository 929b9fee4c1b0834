package org.herald.notification;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.herald.api.Classification;
import org.herald.condition.ConditionInput;
import org.herald.condition.Conditions;
import org.herald.condition.StoredCondition;
import org.herald.externalsystem.ExternalSystem;

/**
 * The seed's notification type: the topic (and so the item entity) of its runs, fixed once it
 * exists; the templates it sends, one per medium; its one integration (Herald's SMTP/SMPP, or an
 * external system); the expiry its communications inherit; its data-protection switch; and whom its
 * runs notify: the items for which every condition holds, whose contact is in one of its segments.
 */
@Entity
@Table(name = "notification_type")
@NamedQuery(
    name = "NotificationType.byCode",
    query =
        "SELECT t FROM NotificationType t LEFT JOIN FETCH t.externalSystem WHERE t.code = :code")
public class NotificationType implements Serializable, RunSource {

  private static final long serialVersionUID = 1L;

  /** Everything but the code and the topic: what an update may change. */
  record Definition(
      String name,
      List<String> templates,
      ExternalSystem externalSystem,
      Instant expiresAt,
      String expiresAfter,
      Classification dataProtection,
      Conditions conditions,
      List<String> segments) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_type_seq")
  @SequenceGenerator(
      name = "notification_type_seq",
      sequenceName = "notification_type_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "classification", nullable = false, updatable = false)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false, updatable = false)
  private NotificationTopic topic;

  @Column(name = "item_type", nullable = false, updatable = false)
  private String itemType;

  // Eager: one or two codes, needed wherever the type is.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "notification_type_template",
      joinColumns = @JoinColumn(name = "notification_type_id"))
  @OrderColumn(name = "position")
  @Column(name = "template_code")
  private List<String> templates = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "external_system_id")
  private ExternalSystem externalSystem;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "expires_after")
  private String expiresAfter;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_protection")
  private Classification dataProtection;

  // Checked on save; parsed again when a run compiles them (see StoredCondition).
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "notification_type_condition",
      joinColumns = @JoinColumn(name = "notification_type_id"))
  @OrderColumn(name = "position")
  private List<StoredCondition> conditions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "notification_type_segment",
      joinColumns = @JoinColumn(name = "notification_type_id"))
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

  protected NotificationType() {}

  NotificationType(String code, NotificationTopic topic, Definition definition, Instant now) {
    this.code = code;
    this.topic = topic;
    this.classification = topic.classification();
    this.itemType = topic.itemType();
    this.createdAt = now;
    define(definition, now);
  }

  /**
   * Takes everything from {@code definition}; the lists are filled in place, so a changed type has
   * them emptied first (see {@link #emptyLists} and {@code OrderedLists}).
   */
  void define(Definition definition, Instant now) {
    this.name = definition.name();
    this.templates.clear();
    this.templates.addAll(definition.templates());
    this.externalSystem = definition.externalSystem();
    this.expiresAt = definition.expiresAt();
    this.expiresAfter = definition.expiresAfter();
    this.dataProtection = definition.dataProtection();
    this.conditions.clear();
    definition.conditions().inputs().forEach(input -> conditions.add(new StoredCondition(input)));
    this.segments.clear();
    this.segments.addAll(definition.segments());
    this.updatedAt = now;
  }

  /** Empties the templates, conditions and segments, before a new definition refills them. */
  void emptyLists() {
    templates.clear();
    conditions.clear();
    segments.clear();
  }

  /**
   * When a communication made at {@code now} expires: the type's date, else {@code now} plus its
   * duration, else null (the queue's default).
   */
  @Override
  public Instant expiryFor(Instant now) {
    return new RunExpiry(expiresAt, expiresAfter).of(now);
  }

  public Long getId() {
    return id;
  }

  @Override
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  @Override
  public Classification getClassification() {
    return classification;
  }

  public NotificationTopic getTopic() {
    return topic;
  }

  @Override
  public String getItemType() {
    return itemType;
  }

  @Override
  public List<String> getTemplates() {
    return List.copyOf(templates);
  }

  @Override
  public ExternalSystem getExternalSystem() {
    return externalSystem;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getExpiresAfter() {
    return expiresAfter;
  }

  public Classification getDataProtection() {
    return dataProtection;
  }

  /** The data-protection switch: on, contacts not opted in to its list are skipped. */
  @Override
  public Classification consentList() {
    return dataProtection;
  }

  /** The conditions as written; every one must hold for an item to be notified. */
  public List<ConditionInput> getConditions() {
    return conditions.stream().map(StoredCondition::input).toList();
  }

  /** Segment codes: an item's contact must be in at least one (none: no such rule). */
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
