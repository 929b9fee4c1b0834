package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.CommunicationStatus;
import org.herald.category.Category;
import org.herald.category.CategoryService;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationService;
import org.herald.communication.NewCommunication;
import org.herald.contact.Contact;
import org.herald.contact.ContactService;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.paging.PageRequest;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TemplateText;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateContent;
import org.herald.template.TemplateFilter;
import org.herald.template.TemplateService;
import org.herald.web.security.PortalAccess;

/**
 * The seed's New communication screen ({@code communication-form.xhtml}), also the Edit of a draft
 * ({@code ?number=}) and the Follow up of a communication ({@code ?followUp=}): holds the form and
 * hands it to {@link CommunicationService}, which checks every rule (tags, consent, settings) and
 * names each problem's field; those come back as messages beside the fields.
 */
@Named("communicationForm")
@ViewScoped
public class CommunicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int SUGGESTIONS = 10;

  @Inject transient CommunicationService communications;
  @Inject transient ContactService contacts;
  @Inject transient TemplateService templates;
  @Inject transient CategoryService categoryService;
  @Inject transient ExternalSystemService externalSystemService;
  @Inject transient PortalAccess access;

  private List<Category> categories;
  private List<ExternalSystem> externalSystems;
  private List<CommunicationTemplate> templateChoices;

  private String number;
  private String followUp;
  private boolean loaded;
  private boolean editable = true;

  private String contact;
  private Direction direction = Direction.OUTGOING;
  private Medium medium = Medium.EMAIL;
  private String category;
  private String template;
  private String language;
  private String subject;
  private String content;
  private String recipient;
  private String processedBy;
  private Classification classification;
  private boolean overridePreferences;
  private final List<EntityKey> referringEntities = new ArrayList<>();
  private final Map<String, String> unrestricted = new LinkedHashMap<>();
  private String tagSearch;

  private String entityType;
  private String entityNumber;

  @PostConstruct
  void init() {
    categories = categoryService.all();
    externalSystems = externalSystemService.all();
    // A notification template makes no manual communication: only the others are offered.
    templateChoices =
        templates
            .list(
                new TemplateFilter(null, null, null, true),
                new PageRequest(0, PageRequest.MAX_SIZE, "code", true))
            .items()
            .stream()
            .filter(t -> t.getNotificationItem() == null)
            .toList();
  }

  /** Called by the page's viewAction once its parameters are set (never on a postback). */
  public void load() {
    loaded = true;
    try {
      if (number != null && !number.isBlank()) {
        show(communications.get(number));
      } else if (followUp != null && !followUp.isBlank()) {
        Communication earlier = communications.get(followUp);
        contact = earlier.getContact().getNumber();
        medium = earlier.getMedium();
        subject = earlier.getSubject() == null ? null : "Re: " + earlier.getSubject();
      }
    } catch (UnknownResourceException e) {
      editable = false;
      PortalMessages.error("No communication " + (number != null ? number : followUp));
    }
  }

  private void show(Communication draft) {
    if (draft.getStatus() != CommunicationStatus.DRAFT) {
      editable = false;
      PortalMessages.error("Communication " + number + " is completed: only a draft is edited");
      return;
    }
    contact = draft.getContact().getNumber();
    followUp = draft.getReferringTo() == null ? null : draft.getReferringTo().getNumber();
    direction = draft.getDirection();
    medium = draft.getMedium();
    category = draft.getCategory() == null ? null : draft.getCategory().getCode();
    template = draft.getTemplateCode();
    language = draft.getLanguage();
    subject = draft.getSubject();
    content = draft.getContent();
    recipient = draft.getRecipient();
    processedBy = draft.getProcessedBy() == null ? null : draft.getProcessedBy().getCode();
    classification = draft.getClassification();
    overridePreferences = draft.isOverridingPreferences();
    referringEntities.clear();
    draft.getReferringEntities().forEach(e -> referringEntities.add(e.key()));
    unrestricted.clear();
    unrestricted.putAll(draft.getUnrestricted());
  }

  /** The recipient's autocomplete: contacts by number or by a part of their name. */
  public List<String> completeContact(String query) {
    return contacts
        .search(query.strip(), new PageRequest(0, SUGGESTIONS, "name", true))
        .items()
        .stream()
        .map(Contact::getNumber)
        .toList();
  }

  /** How the autocomplete shows a contact: its number and name. */
  public String contactLabel(String contactNumber) {
    if (contactNumber == null || contactNumber.isBlank()) {
      return "";
    }
    try {
      return contactNumber + " · " + contacts.get(contactNumber).getName();
    } catch (UnknownResourceException e) {
      return contactNumber;
    }
  }

  /**
   * "Use Template": takes the template's medium, direction, category, processing system, subject
   * and body, in the language asked for, else the contact's preferred one, else its default.
   */
  public void useTemplate() {
    if (template == null) {
      return;
    }
    try {
      CommunicationTemplate chosen = templates.get(template);
      String chosenLanguage = chosen.languageFor(FormText.trimmed(language), preferredLanguage());
      TemplateContent texts = chosen.content(chosenLanguage).orElseThrow();
      medium = chosen.getMedium();
      direction = chosen.getDirection();
      category = chosen.getCategoryCode();
      processedBy = chosen.getExternalSystemCode();
      subject = texts.getSubject();
      content = texts.getBody();
      language = chosenLanguage;
      addMissingUnrestricted();
      PortalMessages.info("Template " + template + " used (" + chosenLanguage + ")");
    } catch (UnknownResourceException e) {
      PortalMessages.error("Template " + template + " was deleted meanwhile");
    }
  }

  /** The chosen contact's preferred language, if a known contact is chosen. */
  private String preferredLanguage() {
    if (FormText.trimmed(contact) == null) {
      return null;
    }
    try {
      return contacts.get(contact.strip()).getPreferredLanguage();
    } catch (UnknownResourceException e) {
      return null;
    }
  }

  /** Adds an empty value for every #unrestricted tag the subject and content use but lack. */
  public void addMissingUnrestricted() {
    Set<String> names = new LinkedHashSet<>();
    for (String text : new String[] {subject, content}) {
      if (text != null) {
        names.addAll(TemplateText.parse(text, TagCatalogue.crm()).unrestrictedNames());
      }
    }
    names.forEach(name -> unrestricted.putIfAbsent(name, ""));
  }

  /** The referring-entities dialog's Add. The service checks that the entity exists on save. */
  public void addEntity() {
    EntityKey key = new EntityKey(entityType, entityNumber.strip());
    if (!referringEntities.contains(key)) {
      referringEntities.add(key);
    }
    entityNumber = null;
  }

  /** Removes the referring entity at this position of the list shown. */
  public void removeEntity(int index) {
    if (index >= 0 && index < referringEntities.size()) {
      referringEntities.remove(index);
    }
  }

  /** Completes the communication: an outgoing email or SMS is then queued for delivery. */
  public String save() {
    return store(false);
  }

  public String saveAsDraft() {
    return store(true);
  }

  private String store(boolean draft) {
    if (!access.mayEdit() || !editable) {
      return null;
    }
    NewCommunication request =
        new NewCommunication(
            FormText.trimmed(contact),
            FormText.trimmed(followUp),
            direction,
            medium,
            FormText.trimmed(category),
            FormText.trimmed(subject),
            ContentForm.isBlank(content) ? null : content,
            FormText.trimmed(recipient),
            FormText.trimmed(processedBy),
            null,
            draft,
            List.copyOf(referringEntities),
            FormText.trimmed(template),
            FormText.trimmed(language),
            classification,
            new LinkedHashMap<>(unrestricted),
            overridePreferences);
    try {
      CommunicationService.Shown stored =
          number == null || number.isBlank()
              ? communications.create(request, null)
              : communications.update(number, request);
      String made = stored.communication().getNumber();
      PortalMessages.info(
          "Communication " + made + (draft ? " saved as a draft" : " saved and completed"));
      PortalMessages.keepForRedirect();
      return "/communication?faces-redirect=true&number=" + made;
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), this::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error(e.getMessage());
    }
    return null;
  }

  /** Which input holds a field the service named: the messages attach to it. */
  private String inputOf(String field) {
    if (field.startsWith("unrestricted")) {
      return null;
    }
    if (field.startsWith("referringEntities")) {
      return "entityList";
    }
    return switch (field) {
      case "contact", "referringTo" -> "contact";
      case "content" -> medium == Medium.EMAIL ? "contentEditor" : "contentText";
      case "template" -> "template";
      case "direction",
          "medium",
          "category",
          "subject",
          "recipient",
          "processedBy",
          "language",
          "classification" ->
          field;
      default -> null;
    };
  }

  public boolean isEditing() {
    return number != null && !number.isBlank();
  }

  public boolean isEditable() {
    return loaded && editable;
  }

  public boolean isEmail() {
    return medium == Medium.EMAIL;
  }

  public boolean isSms() {
    return medium == Medium.SMS;
  }

  /** The seed: the processing system is offered among those that handle the medium. */
  public List<ExternalSystem> getExternalSystems() {
    return externalSystems.stream()
        .filter(s -> medium == null || s.supports(medium) || s.getCode().equals(processedBy))
        .toList();
  }

  public List<CommunicationTemplate> getTemplates() {
    return templateChoices;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public Classification[] getClassifications() {
    return Classification.values();
  }

  public List<String> getEntityTypes() {
    return EntityModel.crm().types().stream()
        .map(EntityType::name)
        .filter(type -> !type.equals("contact_information"))
        .toList();
  }

  /** The referring entities as the page lists them: type and number. */
  public List<String> getReferringEntities() {
    return referringEntities.stream().map(e -> e.type() + " " + e.number()).toList();
  }

  /** The unrestricted values, by tag name, for inputs bound per name. */
  public Map<String, String> getUnrestricted() {
    return unrestricted;
  }

  public List<String> getUnrestrictedNames() {
    return List.copyOf(unrestricted.keySet());
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public Medium getMedium() {
    return medium;
  }

  public void setMedium(Medium medium) {
    this.medium = medium;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getProcessedBy() {
    return processedBy;
  }

  public void setProcessedBy(String processedBy) {
    this.processedBy = processedBy;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }

  public boolean isOverridePreferences() {
    return overridePreferences;
  }

  public void setOverridePreferences(boolean overridePreferences) {
    this.overridePreferences = overridePreferences;
  }

  public String getTagSearch() {
    return tagSearch;
  }

  public void setTagSearch(String tagSearch) {
    this.tagSearch = tagSearch;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityNumber() {
    return entityNumber;
  }

  public void setEntityNumber(String entityNumber) {
    this.entityNumber = entityNumber;
  }
}
