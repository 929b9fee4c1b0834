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
import org.herald.entity.EntityModel;
import org.herald.externalsystem.ExternalSystem;

/**
 * The seed's communication plan: a personalised mass communication (an offer, an announcement) to
 * the contacts of its segments, from a template per medium, through exactly one integration, with a
 * classification (marketing by default, so a contact who has not opted in is skipped and counted,
 * unless the plan explicitly overrides contact preferences), and the expiry its communications and
 * queue entries inherit. It is sent by a run: the same job, reader, writer, counts and unique key
 * as a notification type's, whose items are the segments' members.
 */
@Entity
@Table(name = "communication_plan")
@NamedQuery(
    name = "CommunicationPlan.byCode",
    query =
        "SELECT p FROM CommunicationPlan p LEFT JOIN FETCH p.externalSystem WHERE p.code = :code")
public class CommunicationPlan implements Serializable, RunSource {

  private static final long serialVersionUID = 1L;

  /** Everything but the code: what an update may change. */
  record Definition(
      String name,
      Classification classification,
      List<String> templates,
      ExternalSystem externalSystem,
      List<String> segments,
      RunExpiry expiry,
      boolean overridePreferences) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "communication_plan_seq")
  @SequenceGenerator(
      name = "communication_plan_seq",
      sequenceName = "communication_plan_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "classification", nullable = false)
  private Classification classification;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "communication_plan_template",
      joinColumns = @JoinColumn(name = "communication_plan_id"))
  @OrderColumn(name = "position")
  @Column(name = "template_code")
  private List<String> templates = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "communication_plan_segment",
      joinColumns = @JoinColumn(name = "communication_plan_id"))
  @OrderColumn(name = "position")
  @Column(name = "segment_code")
  private List<String> segments = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "external_system_id")
  private ExternalSystem externalSystem;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "expires_after")
  private String expiresAfter;

  /** The seed's override for important communications: sent whatever the contact's preferences. */
  @Column(name = "override_preferences", nullable = false)
  private boolean overridePreferences;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected CommunicationPlan() {}

  CommunicationPlan(String code, Definition definition, Instant now) {
    this.code = code;
    this.createdAt = now;
    define(definition, now);
  }

  void define(Definition definition, Instant now) {
    this.name = definition.name();
    this.classification = definition.classification();
    // Refilled in place, after emptyLists() was written (OrderedLists): a new list would have its
    // rows inserted before the old ones are deleted, on the same (plan, position) keys.
    this.templates.clear();
    this.templates.addAll(definition.templates());
    this.externalSystem = definition.externalSystem();
    this.segments.clear();
    this.segments.addAll(definition.segments());
    this.expiresAt = definition.expiry().at();
    this.expiresAfter = definition.expiry().after();
    this.overridePreferences = definition.overridePreferences();
    this.updatedAt = now;
  }

  /** Empties the ordered lists, to be written before {@link #define} refills them. */
  void emptyLists() {
    templates.clear();
    segments.clear();
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

  /** A plan's items are contacts: the members of its segments. */
  @Override
  public String getItemType() {
    return EntityModel.CONTACT_INFORMATION;
  }

  @Override
  public List<String> getTemplates() {
    return List.copyOf(templates);
  }

  @Override
  public ExternalSystem getExternalSystem() {
    return externalSystem;
  }

  /** Segment codes: the plan goes to the contacts in at least one. */
  public List<String> getSegments() {
    return List.copyOf(segments);
  }

  /** The plan's date, else {@code now} plus its duration, else null (the queue's default). */
  @Override
  public Instant expiryFor(Instant now) {
    return new RunExpiry(expiresAt, expiresAfter).of(now);
  }

  @Override
  public Instant getExpiresAt() {
    return expiresAt;
  }

  @Override
  public String getExpiresAfter() {
    return expiresAfter;
  }

  /**
   * Marketing needs the contact's opt-in to that list (unless a run overrides preferences: {@link
   * NotificationRun#isOverridingPreferences}); other classifications are sent.
   */
  @Override
  public Classification consentList() {
    return classification.isMarketing() ? classification : null;
  }

  @Override
  public boolean overridesPreferences() {
    return overridePreferences;
  }

  public boolean isOverridePreferences() {
    return overridePreferences;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
