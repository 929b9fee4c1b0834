package org.herald.communication;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.CommunicationStatus;
import org.herald.api.communication.Origin;
import org.herald.category.Category;
import org.herald.channel.OutgoingMessage;
import org.herald.contact.Contact;
import org.herald.error.IllegalTransitionException;
import org.herald.externalsystem.ExternalSystem;
import org.herald.idempotency.IdempotentRequest;

/** The logged record of one interaction with a contact. */
@Entity
@Table(name = "communication")
@NamedQuery(
    name = "Communication.byNumber",
    query =
        "SELECT c FROM Communication c JOIN FETCH c.contact LEFT JOIN FETCH c.category"
            + " LEFT JOIN FETCH c.referringTo LEFT JOIN FETCH c.processedBy"
            + " WHERE c.number = :number")
@NamedQuery(
    name = "Communication.followUps",
    query =
        "SELECT c.number FROM Communication c WHERE c.referringTo = :communication ORDER BY c.id")
@NamedQuery(
    name = "Communication.byIdempotencyKey",
    query =
        "SELECT c FROM Communication c JOIN FETCH c.contact LEFT JOIN FETCH c.category"
            + " LEFT JOIN FETCH c.referringTo LEFT JOIN FETCH c.processedBy"
            + " WHERE c.idempotencyKey = :key")
public class Communication implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "communication_seq")
  @SequenceGenerator(
      name = "communication_seq",
      sequenceName = "communication_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "number", nullable = false, unique = true, updatable = false)
  private String number;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  /** The completed communication this one follows up: chains group one issue's exchanges. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "referring_to_id")
  private Communication referringTo;

  // Eager: a handful, shown wherever the communication is.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "communication_entity",
      joinColumns = @JoinColumn(name = "communication_id"))
  @OrderColumn(name = "position")
  private List<ReferredEntity> referringEntities = new ArrayList<>();

  /** The external system that delivers this communication; null when Herald does. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "external_system_id")
  private ExternalSystem processedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "medium", nullable = false)
  private Medium medium;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Column(name = "subject")
  private String subject;

  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "recipient")
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CommunicationStatus status;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  /** The fingerprint of the request that made it under its idempotency key. */
  @Column(name = "idempotency_fingerprint", updatable = false)
  private String idempotencyFingerprint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "template_code")
  private String templateCode;

  /** The language it is written in (its template's, chosen for the contact). */
  @Column(name = "language")
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "classification")
  private Classification classification;

  // Eager: a few, shown wherever the communication is, and needed to render it.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "communication_unrestricted",
      joinColumns = @JoinColumn(name = "communication_id"))
  @MapKeyColumn(name = "tag_name")
  @Column(name = "tag_value")
  private Map<String, String> unrestricted = new HashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, updatable = false)
  private Origin origin;

  /** Sent whatever the contact's marketing preferences (the seed's override for important ones). */
  @Column(name = "override_preferences", nullable = false)
  private boolean overridePreferences;

  /** The notification run that made it and the run's item it is about; null otherwise. */
  @Column(name = "notification_run_id", updatable = false)
  private Long notificationRunId;

  @Column(name = "notification_item_id", updatable = false)
  private Long notificationItemId;

  @Version
  @Column(name = "version")
  private long version;

  protected Communication() {}

  Communication(
      String number,
      NewCommunication request,
      References references,
      IdempotentRequest idempotent,
      Origin origin,
      Instant now) {
    this.number = number;
    this.origin = origin;
    this.idempotencyKey = idempotent.key();
    this.idempotencyFingerprint = idempotent.fingerprint();
    this.status = CommunicationStatus.DRAFT;
    this.createdAt = now;
    write(request, references);
  }

  /** Marks it as a notification run's, for one item: the run's unique key counts it once. */
  void madeByRun(long runId, long itemId) {
    this.notificationRunId = runId;
    this.notificationItemId = itemId;
  }

  /** Rewrites a draft; a completed communication is a record and stays as it is. */
  void revise(NewCommunication request, References references) {
    if (status != CommunicationStatus.DRAFT) {
      throw new IllegalTransitionException(
          "Communication " + number + " is " + status + "; only drafts can be edited");
    }
    write(request, references);
  }

  /**
   * This draft as the request that completes it: what it holds, with {@code draft} false, so
   * completing it needs no body (its template's tags are rendered then, as on any completion).
   */
  NewCommunication asCompletion() {
    if (status != CommunicationStatus.DRAFT) {
      throw new IllegalTransitionException(
          "Communication " + number + " is " + status + "; only drafts can be completed");
    }
    return new NewCommunication(
        contact == null ? null : contact.getNumber(),
        referringTo == null ? null : referringTo.getNumber(),
        direction,
        medium,
        category == null ? null : category.getCode(),
        subject,
        content,
        recipient,
        processedBy == null ? null : processedBy.getCode(),
        expiresAt,
        false,
        referringEntities.stream().map(ReferredEntity::key).toList(),
        templateCode,
        language,
        classification,
        unrestricted,
        overridePreferences);
  }

  private void write(NewCommunication request, References references) {
    this.contact = references.contact();
    this.category = references.category();
    this.recipient = references.recipient();
    this.referringTo = references.referringTo();
    this.processedBy = references.processedBy();
    this.referringEntities =
        new ArrayList<>(references.referringEntities().stream().map(ReferredEntity::new).toList());
    this.direction = request.direction();
    this.medium = request.medium();
    this.subject = request.subject();
    this.content = request.content();
    this.expiresAt = request.expiresAt();
    this.templateCode = request.templateCode();
    this.language = request.language();
    this.classification = request.classification();
    this.unrestricted = new HashMap<>(request.unrestricted());
    this.overridePreferences = request.overridePreferences();
  }

  /**
   * Replaces the subject and content as written (with tags) by what the contact receives: a
   * completed communication records what was sent.
   */
  void personalise(String renderedSubject, String renderedContent) {
    this.subject = renderedSubject;
    this.content = renderedContent;
  }

  /** Completes a draft. Completing an outgoing email or SMS is what sends it. */
  void complete(Instant now) {
    if (status != CommunicationStatus.DRAFT) {
      throw new IllegalTransitionException("Communication " + number + " is already " + status);
    }
    status = CommunicationStatus.COMPLETED;
    completedAt = now;
  }

  /**
   * Completed outgoing communications are delivered when Herald has a channel for them (email, SMS)
   * or an external system processes them; everything else is only logged.
   */
  public boolean isToDeliver() {
    return status == CommunicationStatus.COMPLETED
        && direction == Direction.OUTGOING
        && (processedBy != null || medium == Medium.EMAIL || medium == Medium.SMS);
  }

  OutgoingMessage outgoingMessage() {
    return new OutgoingMessage(
        number,
        medium,
        recipient,
        subject,
        content,
        contact.getNumber(),
        processedBy == null ? null : processedBy.getId(),
        null);
  }

  public String getIdempotencyFingerprint() {
    return idempotencyFingerprint;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Communication getReferringTo() {
    return referringTo;
  }

  public List<ReferredEntity> getReferringEntities() {
    return List.copyOf(referringEntities);
  }

  public ExternalSystem getProcessedBy() {
    return processedBy;
  }

  public Contact getContact() {
    return contact;
  }

  public Direction getDirection() {
    return direction;
  }

  public Medium getMedium() {
    return medium;
  }

  public Category getCategory() {
    return category;
  }

  public String getSubject() {
    return subject;
  }

  public String getContent() {
    return content;
  }

  public String getRecipient() {
    return recipient;
  }

  public CommunicationStatus getStatus() {
    return status;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getTemplateCode() {
    return templateCode;
  }

  public String getLanguage() {
    return language;
  }

  public Classification getClassification() {
    return classification;
  }

  public Origin getOrigin() {
    return origin;
  }

  public boolean isOverridingPreferences() {
    return overridePreferences;
  }

  public Long getNotificationRunId() {
    return notificationRunId;
  }

  public Map<String, String> getUnrestricted() {
    return Map.copyOf(unrestricted);
  }

  public Long getNotificationItemId() {
    return notificationItemId;
  }

  String getIdempotencyKey() {
    return idempotencyKey;
  }

  long getVersion() {
    return version;
  }

  /**
   * Takes the id it was stored under by {@link CommunicationRows}, past the persistence provider,
   * and the version the provider gives a new row.
   */
  void storedAs(long id) {
    this.id = id;
    this.version = 1;
  }
}
