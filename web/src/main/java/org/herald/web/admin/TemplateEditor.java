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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.category.Category;
import org.herald.category.CategoryService;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.language.Languages;
import org.herald.message.HtmlContent;
import org.herald.settings.GeneralSettingsService;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TemplateText;
import org.herald.template.CommunicationTemplate;
import org.herald.template.Preview;
import org.herald.template.PreviewRequest;
import org.herald.template.TemplateContent;
import org.herald.template.TemplateDetails;
import org.herald.template.TemplateService;
import org.herald.template.TestSend;
import org.herald.template.TestSends;
import org.herald.web.security.PortalAccess;

/**
 * The template editor ({@code template.xhtml?code=…}, a new template without a code): holds the
 * form, hands it to {@link TemplateService} to validate and store, and previews the stored template
 * for a contact. Every rule lives in the domain ({@code TemplateRules}, which the service calls);
 * its field errors come back as messages beside the fields.
 */
@Named("templateEditor")
@ViewScoped
public class TemplateEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A form field path (as the service names it) of a language's content: contents.en.body. */
  private static final Pattern CONTENT_FIELD =
      Pattern.compile("contents\\.([a-z]{2})(?:\\.(subject|body))?");

  @Inject transient TemplateService templates;
  @Inject transient PortalAccess access;
  @Inject transient CategoryService categoryService;
  @Inject transient ExternalSystemService externalSystemService;
  @Inject transient GeneralSettingsService settings;
  @Inject transient Languages languages;
  @Inject transient TestSends testSends;

  private List<Category> categories;
  private List<ExternalSystem> externalSystems;
  private List<String> supportedLanguages;

  private String code;
  private boolean created;
  private boolean loaded;
  private CommunicationTemplate stored;

  private String newCode;
  private String name;
  private Medium medium = Medium.EMAIL;
  private Direction direction = Direction.OUTGOING;
  private String category;
  private List<String> referringEntityTypes = new ArrayList<>();
  private String externalSystem;
  private boolean effective = true;
  private String defaultLanguage;
  private String notificationItem;
  private boolean plainText;
  private final Map<String, ContentForm> contents = new LinkedHashMap<>();
  private int activeTab;
  private String tagSearch;

  private String previewContact;
  private String previewLanguage;
  private final Map<String, String> previewEntities = new LinkedHashMap<>();
  private final Map<String, String> previewUnrestricted = new LinkedHashMap<>();
  private PreviewView preview;
  private String testTo;

  @PostConstruct
  void init() {
    categories = categoryService.all();
    externalSystems = externalSystemService.all();
    supportedLanguages = List.copyOf(languages.supported());
    defaultLanguage = languages.defaultLanguage();
  }

  /** Called by the page's viewAction once the code parameter is set (never on a postback). */
  public void load() {
    loaded = true;
    if (code == null || code.isBlank()) {
      code = null;
      for (String language : supportedLanguages) {
        contents.put(language, new ContentForm(language, null, null));
      }
      return;
    }
    try {
      show(templates.get(code));
      if (created) {
        PortalMessages.info("Template " + code + " created");
      }
    } catch (UnknownResourceException e) {
      stored = null;
    }
  }

  private void show(CommunicationTemplate template) {
    stored = template;
    name = template.getName();
    medium = template.getMedium();
    direction = template.getDirection();
    category = template.getCategoryCode();
    referringEntityTypes =
        new ArrayList<>(template.getReferringEntityTypes().stream().sorted().toList());
    externalSystem = template.getExternalSystemCode();
    effective = template.isEffective();
    defaultLanguage = template.getDefaultLanguage();
    notificationItem = template.getNotificationItem();
    // An email written as plain text stays plain: it opens in the plain editor, not the WYSIWYG one
    // (which would store it back as markup).
    plainText =
        medium == Medium.EMAIL
            && template.getContents().stream()
                .map(TemplateContent::getBody)
                .allMatch(body -> body == null || HtmlContent.parse(body).isEmpty());
    contents.clear();
    for (String language : supportedLanguages) {
      TemplateContent content = template.content(language).orElse(null);
      contents.put(
          language,
          content == null
              ? new ContentForm(language, null, null)
              : new ContentForm(language, content.getSubject(), content.getBody()));
    }
    preparePreview(template);
  }

  /**
   * An email's format changed. Plain text to markup: each line becomes a paragraph, as the WYSIWYG
   * editor would show it (else it runs into one line); markup to plain text keeps the body as
   * written, for the admin to rewrite.
   */
  public void formatChanged() {
    if (plainText) {
      return;
    }
    for (ContentForm content : contents.values()) {
      String body = content.getBody();
      if (body != null && !body.isBlank() && HtmlContent.parse(body).isEmpty()) {
        content.setBody(paragraphs(body));
      }
    }
  }

  private static String paragraphs(String body) {
    StringBuilder html = new StringBuilder();
    for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
      String text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      html.append("<p>").append(text.isEmpty() ? "<br>" : text).append("</p>");
    }
    return html.toString();
  }

  /**
   * The inputs the preview needs: a number per referring entity type, a value per unrestricted tag.
   */
  private void preparePreview(CommunicationTemplate template) {
    // A notification template renders for one item of its run: its type comes first.
    Set<String> types = new LinkedHashSet<>();
    if (template.getNotificationItem() != null) {
      types.add(template.getNotificationItem());
    }
    template.getReferringEntityTypes().stream().sorted().forEach(types::add);
    previewEntities.keySet().retainAll(types);
    types.forEach(type -> previewEntities.putIfAbsent(type, null));
    Set<String> names = new LinkedHashSet<>();
    for (TemplateContent content : template.getContents()) {
      for (String text : new String[] {content.getSubject(), content.getBody()}) {
        if (text != null) {
          names.addAll(TemplateText.parse(text, TagCatalogue.crm()).unrestrictedNames());
        }
      }
    }
    previewUnrestricted.keySet().retainAll(names);
    names.forEach(n -> previewUnrestricted.putIfAbsent(n, null));
    preview = null;
  }

  /** Creates or replaces the template; a new one then opens under its code. */
  public String save() {
    if (!access.mayEdit()) {
      return null;
    }
    TemplateDetails details =
        new TemplateDetails(
            FormText.trimmed(name),
            medium == null ? null : medium.name(),
            direction == null ? null : direction.name(),
            FormText.trimmed(category),
            List.copyOf(referringEntityTypes),
            FormText.trimmed(externalSystem),
            effective,
            defaultLanguage,
            contentsToSave(),
            FormText.trimmed(notificationItem));
    try {
      if (stored == null) {
        CommunicationTemplate made = templates.create(FormText.trimmed(newCode), details);
        // Said by the page it leads to, from the address: a flash message is lost whenever
        // another request of the session gets between the redirect and its GET.
        return "/template?faces-redirect=true&created=true&code=" + made.getCode();
      }
      show(templates.update(code, details));
      PortalMessages.info("Template " + code + " saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), this::inputOf);
      e.errors().stream()
          .map(error -> CONTENT_FIELD.matcher(error.field()))
          .filter(Matcher::lookingAt)
          .findFirst()
          .ifPresent(m -> activeTab = Math.max(0, supportedLanguages.indexOf(m.group(1))));
    } catch (UnknownResourceException e) {
      PortalMessages.error("Template " + code + " was deleted meanwhile");
    }
    return null;
  }

  /** The languages written in; the others are left out rather than stored empty. */
  private Map<String, TemplateDetails.Content> contentsToSave() {
    Map<String, TemplateDetails.Content> written = new LinkedHashMap<>();
    for (ContentForm content : contents.values()) {
      if (content.isBlank()) {
        continue;
      }
      String subject =
          medium == Medium.SMS || ContentForm.isBlank(content.getSubject())
              ? null
              : content.getSubject().strip();
      written.put(content.getLanguage(), new TemplateDetails.Content(subject, bodyToSave(content)));
    }
    return written;
  }

  /**
   * Browsers submit a textarea's line breaks as CR LF; a message counts characters, so each break
   * is stored as one.
   */
  private String bodyToSave(ContentForm content) {
    String body = content.getBody();
    if (ContentForm.isBlank(body)) {
      return null;
    }
    return isRichText() ? body : body.replace("\r\n", "\n");
  }

  /** Which input holds a field the service named: the messages attach to it. */
  private String inputOf(String field) {
    Matcher content = CONTENT_FIELD.matcher(field);
    if (content.matches()) {
      String input =
          "subject".equals(content.group(2))
              ? "subject_"
              : isRichText() ? "bodyEditor_" : "bodyText_";
      return input + content.group(1);
    }
    if (field.startsWith("referringEntityTypes")) {
      return "referringEntityTypes";
    }
    return switch (field) {
      case "code" -> stored == null ? "code" : null;
      case "name",
          "medium",
          "direction",
          "category",
          "externalSystem",
          "defaultLanguage",
          "notificationItem" ->
          field;
      default -> null;
    };
  }

  public String delete() {
    if (!access.mayEdit()) {
      return null;
    }
    try {
      templates.delete(code);
    } catch (UnknownResourceException e) {
      // Deleted meanwhile: gone all the same, which is what the list then says.
    }
    return "/templates?faces-redirect=true&deleted=" + code;
  }

  /** What the preview and the test send render for: the contact, entities and values given. */
  private PreviewRequest previewRequest() {
    List<EntityKey> entities = new ArrayList<>();
    previewEntities.forEach(
        (type, number) -> {
          if (FormText.trimmed(number) != null) {
            entities.add(new EntityKey(type, number.trim()));
          }
        });
    return new PreviewRequest(
        FormText.trimmed(previewContact),
        entities,
        FormText.trimmed(previewLanguage),
        new LinkedHashMap<>(previewUnrestricted));
  }

  /**
   * Renders the stored template as the preview does and delivers it at once to {@code testTo} (an
   * email address, or an E.164 number for SMS); no communication is recorded.
   */
  public void sendTest() {
    if (!access.mayEdit()) {
      return;
    }
    try {
      TestSend testSend = testSends.send(code, previewRequest(), FormText.trimmed(testTo));
      if (testSend.delivered()) {
        PortalMessages.info("Test sent to " + testSend.to());
      } else {
        PortalMessages.error("Test to " + testSend.to() + " not delivered: " + testSend.reply());
      }
    } catch (UnknownResourceException e) {
      PortalMessages.error("Template " + code + " was deleted meanwhile");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), this::previewInputOf);
    }
  }

  /** Which preview input holds a field the preview or test send names. */
  private String previewInputOf(String field) {
    return switch (field) {
      case "contact" -> "previewContact";
      case "language" -> "previewLanguage";
      case "to" -> "testTo";
      default -> null;
    };
  }

  /** Renders the stored template (not unsaved changes) as the chosen contact would receive it. */
  public void preview() {
    preview = null;
    try {
      Preview rendered = templates.preview(code, previewRequest());
      preview =
          new PreviewView(
              rendered.language(),
              rendered.subject(),
              rendered.body(),
              stored.getMedium() == Medium.EMAIL);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Template " + code + " was deleted meanwhile");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), this::previewInputOf);
    }
  }

  public boolean isCreating() {
    return loaded && code == null;
  }

  /** Whether the page found what it was asked for: always for a new template. */
  public boolean isFound() {
    return isCreating() || stored != null;
  }

  public boolean isEmail() {
    return medium == Medium.EMAIL;
  }

  /** Whether the body is edited as markup (WYSIWYG): an email not kept as plain text. */
  public boolean isRichText() {
    return isEmail() && !plainText;
  }

  public boolean isPlainText() {
    return plainText;
  }

  public void setPlainText(boolean plainText) {
    this.plainText = plainText;
  }

  public String getNotificationItem() {
    return notificationItem;
  }

  public void setNotificationItem(String notificationItem) {
    this.notificationItem = notificationItem;
  }

  public String getTestTo() {
    return testTo;
  }

  public void setTestTo(String testTo) {
    this.testTo = testTo;
  }

  public boolean isSms() {
    return medium == Medium.SMS;
  }

  /** The medium's general character limit, counted after tags are filled in; null for none. */
  public Integer getCharacterLimit() {
    return medium == null ? null : settings.get().characterLimit(medium).orElse(null);
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public List<Category> getCategories() {
    return categories;
  }

  /** The seed: only systems that handle the template's medium may be chosen. */
  public List<ExternalSystem> getExternalSystems() {
    return externalSystems.stream()
        .filter(s -> medium == null || s.supports(medium) || s.getCode().equals(externalSystem))
        .toList();
  }

  public List<String> getEntityTypes() {
    return EntityModel.crm().types().stream().map(EntityType::name).toList();
  }

  public List<String> getLanguages() {
    return supportedLanguages;
  }

  public List<ContentForm> getContents() {
    return List.copyOf(contents.values());
  }

  /** The content of one language, for inputs built per language. */
  public ContentForm content(String language) {
    return contents.get(language);
  }

  /** Set from the address a creation redirects to: the page then says the template was made. */
  public boolean isCreated() {
    return created;
  }

  public void setCreated(boolean created) {
    this.created = created;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CommunicationTemplate getStored() {
    return stored;
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

  public Medium getMedium() {
    return medium;
  }

  public void setMedium(Medium medium) {
    this.medium = medium;
  }

  public Direction getDirection() {
    return direction;
  }

  public void setDirection(Direction direction) {
    this.direction = direction;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<String> getReferringEntityTypes() {
    return referringEntityTypes;
  }

  public void setReferringEntityTypes(List<String> referringEntityTypes) {
    this.referringEntityTypes =
        referringEntityTypes == null ? new ArrayList<>() : new ArrayList<>(referringEntityTypes);
  }

  public String getExternalSystem() {
    return externalSystem;
  }

  public void setExternalSystem(String externalSystem) {
    this.externalSystem = externalSystem;
  }

  public boolean isEffective() {
    return effective;
  }

  public void setEffective(boolean effective) {
    this.effective = effective;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public void setDefaultLanguage(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  /** What the tag finder beside an email body holds; the page inserts the tag and clears it. */
  public String getTagSearch() {
    return tagSearch;
  }

  public void setTagSearch(String tagSearch) {
    this.tagSearch = tagSearch;
  }

  public String getPreviewContact() {
    return previewContact;
  }

  public void setPreviewContact(String previewContact) {
    this.previewContact = previewContact;
  }

  public String getPreviewLanguage() {
    return previewLanguage;
  }

  public void setPreviewLanguage(String previewLanguage) {
    this.previewLanguage = previewLanguage;
  }

  /** The stored template's referring entity types, each with a number input in the preview. */
  public List<String> getPreviewEntityTypes() {
    return List.copyOf(previewEntities.keySet());
  }

  /** The unrestricted tags the stored template uses, each with a value input in the preview. */
  public List<String> getUnrestrictedNames() {
    return List.copyOf(previewUnrestricted.keySet());
  }

  /** The number of each referring entity to render with, by type (blank: none). */
  public Map<String, String> getPreviewEntities() {
    return previewEntities;
  }

  /** The value of each unrestricted tag the template uses, by name. */
  public Map<String, String> getPreviewUnrestricted() {
    return previewUnrestricted;
  }

  public PreviewView getPreview() {
    return preview;
  }
}
