package org.herald.web.admin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.notification.NotificationTopic;
import org.herald.notification.NotificationType;
import org.herald.notification.NotificationTypeDetails;
import org.herald.notification.NotificationTypeService;
import org.herald.template.TemplateFilter;
import org.herald.template.TemplateService;
import org.herald.web.security.PortalAccess;

/**
 * The notification type editor: classification and topic (offered by the classification, fixed once
 * the type exists), a notification template per medium for the topic's item, the integration, the
 * expiry and the data-protection switch; saved whole through the service the REST resource uses,
 * each broken rule shown beside its field under the API's name for it.
 */
@Named("notificationTypeEditor")
@ViewScoped
public class NotificationTypeEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NotificationTypeService types;
  @Inject transient TemplateService templateService;
  @Inject transient DisplayTime displayTime;
  @Inject transient PortalAccess access;

  private String code;
  private boolean found = true;
  private String newCode;
  private String name;
  private String classification;
  private String topic;
  private String itemType;
  private List<String> templates = new ArrayList<>();
  private String externalSystem;
  private String expiresAfter;
  private LocalDateTime expiresAt;
  private String dataProtection;
  private List<SelectItem> templateOptions;
  private String optionsFor;

  private List<String> segments = new ArrayList<>();
  private final ConditionBuilder conditions = new ConditionBuilder();

  /** Called by the page's viewAction once the code parameter is set (never on a postback). */
  public void load() {
    if (code == null || code.isBlank()) {
      code = null;
      return;
    }
    try {
      show(types.get(code));
    } catch (UnknownResourceException e) {
      found = false;
    }
  }

  private void show(NotificationType type) {
    code = type.getCode();
    name = type.getName();
    classification = type.getClassification().name();
    topic = type.getTopic().name();
    itemType = type.getItemType();
    templates = new ArrayList<>(type.getTemplates());
    externalSystem = type.getExternalSystem() == null ? null : type.getExternalSystem().getCode();
    expiresAfter = type.getExpiresAfter();
    expiresAt =
        type.getExpiresAt() == null ? null : LocalDateTime.ofInstant(type.getExpiresAt(), zone());
    dataProtection = type.getDataProtection() == null ? null : type.getDataProtection().name();
    segments = new ArrayList<>(type.getSegments());
    conditions.show(type.getConditions());
  }

  public String save() {
    if (!access.mayEdit()) {
      return null;
    }
    NotificationTypeDetails details =
        new NotificationTypeDetails(
            blankToNull(name),
            classification,
            topic,
            templates,
            blankToNull(externalSystem),
            expiresAt == null ? null : expiresAt.atZone(zone()).toInstant(),
            blankToNull(expiresAfter),
            blankToNull(dataProtection),
            conditions.inputs(),
            segments);
    try {
      if (code == null) {
        NotificationType created = types.create(blankToNull(newCode), details);
        PortalMessages.info("Notification type " + created.getCode() + " created");
        PortalMessages.keepForRedirect();
        return "/notification-type?faces-redirect=true&code=" + created.getCode();
      }
      show(types.update(code, details));
      PortalMessages.info("Notification type " + code + " saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), NotificationTypeEditor::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Notification type " + code + " was deleted meanwhile");
    }
    return null;
  }

  /**
   * The input holding a field path; every template error ({@code templates[1]}) sits by the list.
   */
  private static String inputOf(String field) {
    if (field.startsWith("templates")) {
      return "templates";
    }
    return switch (field) {
      case "code",
          "name",
          "classification",
          "topic",
          "externalSystem",
          "expiresAt",
          "expiresAfter",
          "dataProtection" ->
          field;
      default -> null;
    };
  }

  public ConditionBuilder getConditions() {
    return conditions;
  }

  public List<String> getSegments() {
    return segments;
  }

  public void setSegments(List<String> segments) {
    this.segments = segments;
  }

  /** A new classification offers other topics: one that no longer fits is dropped. */
  public void classificationChanged() {
    if (topic != null && !getTopics().contains(topic)) {
      topic = null;
    }
  }

  private ZoneId zone() {
    return ZoneId.of(displayTime.getZone());
  }

  public List<String> getClassifications() {
    return Stream.of(Classification.values())
        .filter(NotificationTopic::isNotification)
        .map(Enum::name)
        .toList();
  }

  /** The notification information the chosen classification offers (every topic before one is). */
  public List<String> getTopics() {
    return Stream.of(NotificationTopic.values())
        .filter(t -> classification == null || t.classification().name().equals(classification))
        .map(Enum::name)
        .toList();
  }

  /**
   * Effective outgoing notification templates for the topic's item (any item before a topic is
   * chosen), labelled with their medium; the service says which rule a choice breaks.
   */
  public List<SelectItem> getTemplateOptions() {
    String item = itemType != null ? itemType : topicItem();
    // Faces asks for the options several times a request: they are read once per item type.
    if (templateOptions == null || !Objects.equals(item, optionsFor)) {
      templateOptions = templateOptions(item);
      optionsFor = item;
    }
    return templateOptions;
  }

  private List<SelectItem> templateOptions(String item) {
    return ServicePages.every(
            page -> templateService.list(new TemplateFilter(null, null, null, true), page), "code")
        .stream()
        .filter(t -> t.getDirection() == Direction.OUTGOING && t.getNotificationItem() != null)
        .filter(t -> item == null || item.equals(t.getNotificationItem()))
        .map(t -> new SelectItem(t.getCode(), RunSourceFields.label(t)))
        .toList();
  }

  private String topicItem() {
    return Stream.of(NotificationTopic.values())
        .filter(t -> t.name().equals(topic))
        .map(NotificationTopic::itemType)
        .findFirst()
        .orElse(null);
  }

  public List<String> getDataProtectionOptions() {
    return List.of(
        Classification.DIRECT_MARKETING.name(), Classification.AFFILIATE_MARKETING.name());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public boolean isCreating() {
    return code == null;
  }

  public boolean isFound() {
    return found;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getClassification() {
    return classification;
  }

  public void setClassification(String classification) {
    this.classification = classification;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getItemType() {
    return itemType;
  }

  public List<String> getTemplates() {
    return templates;
  }

  public void setTemplates(List<String> templates) {
    this.templates = templates;
  }

  public String getExternalSystem() {
    return externalSystem;
  }

  public void setExternalSystem(String externalSystem) {
    this.externalSystem = externalSystem;
  }

  public String getExpiresAfter() {
    return expiresAfter;
  }

  public void setExpiresAfter(String expiresAfter) {
    this.expiresAfter = expiresAfter;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getDataProtection() {
    return dataProtection;
  }

  public void setDataProtection(String dataProtection) {
    this.dataProtection = dataProtection;
  }
}
