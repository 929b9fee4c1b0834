package org.herald.template;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.tag.TagCatalogue;

/**
 * The seed's communication template: the standard layout (medium, direction, category, subject and
 * content per language) a communication starts from, with the entity types whose tags it uses.
 */
@Entity
@Table(name = "communication_template")
@NamedQuery(
    name = "CommunicationTemplate.byCode",
    query = "SELECT t FROM CommunicationTemplate t WHERE t.code = :code")
public class CommunicationTemplate implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "communication_template_seq")
  @SequenceGenerator(
      name = "communication_template_seq",
      sequenceName = "communication_template_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "medium", nullable = false)
  private Medium medium;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false)
  private Direction direction;

  @Column(name = "category_code")
  private String categoryCode;

  // Eager: a handful of types and languages, read wherever the template is.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "template_entity_type", joinColumns = @JoinColumn(name = "template_id"))
  @Column(name = "entity_type", nullable = false)
  private Set<String> referringEntityTypes = new LinkedHashSet<>();

  @Column(name = "external_system_code")
  private String externalSystemCode;

  @Column(name = "effective", nullable = false)
  private boolean effective;

  @Column(name = "default_language", nullable = false)
  private String defaultLanguage;

  @Column(name = "notification_item")
  private String notificationItem;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "template_content", joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "position")
  private List<TemplateContent> contents = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected CommunicationTemplate() {}

  CommunicationTemplate(String code, Definition definition, Instant now) {
    this.code = code;
    this.createdAt = now;
    define(definition, now);
  }

  /** A validated template definition; see {@link TemplateRules}. */
  record Definition(
      String name,
      Medium medium,
      Direction direction,
      String categoryCode,
      Set<String> referringEntityTypes,
      String externalSystemCode,
      boolean effective,
      String defaultLanguage,
      List<TemplateContent> contents,
      String notificationItem) {}

  void define(Definition definition, Instant now) {
    this.name = definition.name();
    this.medium = definition.medium();
    this.direction = definition.direction();
    this.categoryCode = definition.categoryCode();
    this.referringEntityTypes = new LinkedHashSet<>(definition.referringEntityTypes());
    this.externalSystemCode = definition.externalSystemCode();
    this.effective = definition.effective();
    this.defaultLanguage = definition.defaultLanguage();
    this.contents = new ArrayList<>(definition.contents());
    this.notificationItem = definition.notificationItem();
    this.updatedAt = now;
  }

  /**
   * The language to use: {@code requested} if the template is written in it, else the contact's
   * {@code preferred}, else the template's default (the seed's preferred-language rule).
   */
  public String languageFor(String requested, String preferred) {
    for (String candidate : new String[] {requested, preferred}) {
      if (candidate != null && content(candidate).isPresent()) {
        return candidate;
      }
    }
    return defaultLanguage;
  }

  /** The content in {@code language}, if the template is written in it. */
  public Optional<TemplateContent> content(String language) {
    return contents.stream().filter(c -> c.getLanguage().equals(language)).findFirst();
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

  public Medium getMedium() {
    return medium;
  }

  public Direction getDirection() {
    return direction;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public Set<String> getReferringEntityTypes() {
    return Set.copyOf(referringEntityTypes);
  }

  public String getExternalSystemCode() {
    return externalSystemCode;
  }

  public boolean isEffective() {
    return effective;
  }

  /** The entity type of a notification run's items, for a notification template; else null. */
  public String getNotificationItem() {
    return notificationItem;
  }

  /**
   * The tags this template may use: the catalogue's, and for a notification template its item's
   * {@code #notification.…} tags.
   */
  public TagCatalogue catalogue() {
    return notificationItem == null
        ? TagCatalogue.crm()
        : TagCatalogue.crm().forNotification(notificationItem);
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public List<TemplateContent> getContents() {
    return List.copyOf(contents);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Changes with every stored change: parsed texts cached under an older one are stale. */
  public long getVersion() {
    return version;
  }
}
