package org.herald.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.category.CategoryRepository;
import org.herald.contact.Contact;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.dynamiclink.DynamicLinkRenderers;
import org.herald.entity.EntityKeys;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.language.Languages;
import org.herald.message.CharacterCount;
import org.herald.message.CharacterLimit;
import org.herald.message.MessageBody;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.settings.CurrentSettings;
import org.herald.tag.DynamicLinkType;
import org.herald.tag.LanguageFormat;
import org.herald.tag.RenderContext;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TagProblem;
import org.herald.tag.TemplateText;

/**
 * Keeps communication templates, refusing any text a communication could not render, and previews
 * them.
 */
@Stateless
public class TemplateService {

  private static final int NAME_LENGTH = 200;
  private static final int SUBJECT_LENGTH = 1000;

  private final EntityModel model = EntityModel.crm();

  @Inject TemplateRepository templates;
  @Inject ParsedTemplates parsed;
  @Inject CategoryRepository categories;
  @Inject ExternalSystemRepository externalSystems;
  @Inject ContactRepository contacts;
  @Inject ContactInformation records;
  @Inject Languages languages;
  @Inject DynamicLinkRenderers links;
  @Inject CurrentSettings settings;

  public CommunicationTemplate create(String code, TemplateDetails details) {
    Violations violations = new Violations();
    if (violations.code("code", code) && templates.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "template " + code + " exists already");
    }
    CommunicationTemplate.Definition definition = check(details, violations);
    violations.throwIfAny();
    CommunicationTemplate template = new CommunicationTemplate(code, definition, Instant.now());
    templates.add(template);
    return template;
  }

  /** Replaces everything but the code. */
  public CommunicationTemplate update(String code, TemplateDetails details) {
    CommunicationTemplate template = get(code);
    Violations violations = new Violations();
    CommunicationTemplate.Definition definition = check(details, violations);
    violations.throwIfAny();
    template.define(definition, Instant.now());
    parsed.invalidate(code);
    return template;
  }

  public CommunicationTemplate get(String code) {
    return templates
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("template", code));
  }

  public void delete(String code) {
    templates.remove(get(code));
    parsed.invalidate(code);
  }

  public ResultPage<CommunicationTemplate> list(TemplateFilter filter, PageRequest page) {
    return templates.list(filter, page);
  }

  /**
   * Renders the template as {@code request}'s contact would receive it: in the language asked for,
   * else the contact's preferred one, else the template's default (whichever the template is
   * written in first); values HTML-escaped in an email's body. Refuses an unknown contact or entity
   * and names every unrestricted tag without a value.
   */
  public Preview preview(String code, PreviewRequest request) {
    CommunicationTemplate template = get(code);
    Violations violations = new Violations();
    Contact contact = null;
    if (request.contact() == null || request.contact().isBlank()) {
      violations.require("contact", request.contact());
    } else {
      contact = contacts.findByNumber(request.contact()).orElse(null);
      if (contact == null) {
        violations.add("contact", "UNKNOWN_CONTACT", "no contact " + request.contact());
      }
    }
    List<EntityRecord> entities =
        EntityKeys.resolve(request.entities(), model, records, "entities", violations);
    if (request.language() != null) {
      violations.check("language", () -> languages.check(request.language()));
    }
    // A notification template renders for one of its run's items: one must be among the entities.
    EntityRecord item =
        template.getNotificationItem() == null
            ? null
            : entities.stream()
                .filter(entity -> entity.type().equals(template.getNotificationItem()))
                .findFirst()
                .orElse(null);
    if (template.getNotificationItem() != null && item == null && violations.isEmpty()) {
      violations.add(
          "entities",
          "NOTIFICATION_ITEM_REQUIRED",
          "a notification template renders for an item: name one "
              + template.getNotificationItem());
    }
    violations.throwIfAny();

    String language = template.languageFor(request.language(), contact.getPreferredLanguage());
    ParsedTemplate.Texts texts = parsed.of(template).in(language).orElseThrow();
    Map<String, String> unrestricted =
        request.unrestricted() == null ? Map.of() : request.unrestricted();
    for (String name : texts.unrestrictedNames()) {
      String value = unrestricted.get(name);
      if (value == null || value.isBlank()) {
        violations.add(
            "unrestricted." + name, "REQUIRED", "#unrestricted." + name + " needs a value");
      }
    }
    violations.throwIfAny();

    // A subject is a header, never markup.
    String subject =
        texts.subject() == null
            ? null
            : texts
                .subject()
                .render(context(language, contact, entities, item, unrestricted).build());
    String body =
        MessageBody.render(
            template.getMedium(),
            texts.body().source(),
            texts.body(),
            context(language, contact, entities, item, unrestricted));
    return new Preview(language, subject, body);
  }

  private RenderContext.Builder context(
      String language,
      Contact contact,
      List<EntityRecord> entities,
      EntityRecord notificationItem,
      Map<String, String> unrestricted) {
    RenderContext.Builder context =
        RenderContext.builder(LanguageFormat.of(language))
            .lookup(records)
            .referringTo(ContactInformation.of(contact))
            .unrestrictedValues(unrestricted)
            .dynamicLinks(links.forPreview(contact.getNumber()));
    entities.forEach(context::referringTo);
    if (notificationItem != null) {
      context.notificationItem(notificationItem);
    }
    return context;
  }

  /** Every rule of a template's definition, each broken one recorded against its field. */
  private CommunicationTemplate.Definition check(TemplateDetails details, Violations violations) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), NAME_LENGTH);
    violations.require("medium", details.medium());
    Medium medium = violations.enumValue("medium", Medium.class, details.medium());
    violations.require("direction", details.direction());
    Direction direction = violations.enumValue("direction", Direction.class, details.direction());
    if (details.category() != null && categories.findByCode(details.category()).isEmpty()) {
      violations.add("category", "UNKNOWN_CATEGORY", "no category " + details.category());
    }
    Set<String> entityTypes = new LinkedHashSet<>();
    List<String> types =
        details.referringEntityTypes() == null ? List.of() : details.referringEntityTypes();
    for (int i = 0; i < types.size(); i++) {
      String type = types.get(i);
      if (type == null || model.type(type).isEmpty()) {
        violations.add(
            "referringEntityTypes[" + i + "]",
            "UNKNOWN_ENTITY_TYPE",
            "'" + type + "' is not an entity type");
      } else {
        entityTypes.add(type);
      }
    }
    if (details.externalSystem() != null) {
      ExternalSystem system = externalSystems.findByCode(details.externalSystem()).orElse(null);
      if (system == null) {
        violations.add(
            "externalSystem",
            "UNKNOWN_EXTERNAL_SYSTEM",
            "no external system " + details.externalSystem());
      } else if (medium != null && !system.supports(medium)) {
        violations.add(
            "externalSystem",
            "UNSUPPORTED_MEDIUM",
            "external system " + system.getCode() + " does not handle " + medium);
      }
    }
    String item = details.notificationItem();
    if (item != null && model.type(item).isEmpty()) {
      violations.add(
          "notificationItem", "UNKNOWN_ENTITY_TYPE", "'" + item + "' is not an entity type");
      item = null;
    }
    TagCatalogue catalogue =
        item == null ? TagCatalogue.crm() : TagCatalogue.crm().forNotification(item);
    String defaultLanguage =
        details.defaultLanguage() == null
            ? languages.defaultLanguage()
            : violations.check("defaultLanguage", () -> languages.check(details.defaultLanguage()));
    List<TemplateContent> contents =
        checkContents(details, medium, catalogue, entityTypes, limit(medium, details), violations);
    if (defaultLanguage != null
        && details.contents() != null
        && !details.contents().containsKey(defaultLanguage)) {
      violations.add(
          "contents." + defaultLanguage,
          "REQUIRED",
          "the default language " + defaultLanguage + " needs a subject and body");
    }
    return new CommunicationTemplate.Definition(
        details.name() == null ? null : details.name().trim(),
        medium,
        direction,
        details.category(),
        entityTypes,
        details.externalSystem(),
        details.effective() == null || details.effective(),
        defaultLanguage,
        contents,
        item);
  }

  /** The character limit of the template's medium and external system, if any. */
  private Integer limit(Medium medium, TemplateDetails details) {
    if (medium == null) {
      return null;
    }
    ExternalSystem system =
        details.externalSystem() == null
            ? null
            : externalSystems.findByCode(details.externalSystem()).orElse(null);
    return CharacterLimit.of(
            settings.get(), system == null ? null : system.getCharacterLimit(), medium)
        .orElse(null);
  }

  private List<TemplateContent> checkContents(
      TemplateDetails details,
      Medium medium,
      TagCatalogue catalogue,
      Set<String> entityTypes,
      Integer limit,
      Violations violations) {
    Set<DynamicLinkType> enabledLinks = links.enabledTypes();
    if (details.contents() == null || details.contents().isEmpty()) {
      violations.add("contents", "REQUIRED", "at least the default language needs content");
      return List.of();
    }
    List<TemplateContent> contents = new ArrayList<>();
    details.contents().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              String language = entry.getKey();
              String at = "contents." + language;
              TemplateDetails.Content content = entry.getValue();
              if (violations.check(at, () -> languages.check(language)) == null) {
                return;
              }
              if (content == null) {
                violations.add(at, "REQUIRED", "needs a subject and body");
                return;
              }
              String subject =
                  content.subject() == null || content.subject().isBlank()
                      ? null
                      : content.subject();
              if (subject == null && medium == Medium.EMAIL) {
                violations.add(at + ".subject", "REQUIRED", "an email needs a subject");
              }
              violations.maxLength(at + ".subject", subject, SUBJECT_LENGTH);
              violations.require(at + ".body", content.body());
              checkTags(at + ".subject", subject, catalogue, enabledLinks, entityTypes, violations);
              TemplateText body =
                  checkTags(
                      at + ".body",
                      content.body(),
                      catalogue,
                      enabledLinks,
                      entityTypes,
                      violations);
              checkLength(at + ".body", body, medium, limit, violations);
              if (content.body() != null && !content.body().isBlank()) {
                contents.add(new TemplateContent(language, subject, content.body()));
              }
            });
    return contents;
  }

  private static TemplateText checkTags(
      String field,
      String text,
      TagCatalogue catalogue,
      Set<DynamicLinkType> enabledLinks,
      Set<String> entityTypes,
      Violations violations) {
    if (text == null) {
      return null;
    }
    TemplateText parsed = TemplateText.parse(text, catalogue);
    for (TagProblem problem : catalogue.check(parsed, enabledLinks, entityTypes)) {
      violations.add(field, problem.code(), problem.message());
    }
    return parsed;
  }

  /**
   * The words a template writes itself (its tags left out) must fit the limit: tag values only add
   * to them. A communication made from it is checked again once rendered.
   */
  private static void checkLength(
      String field, TemplateText body, Medium medium, Integer limit, Violations violations) {
    if (body == null || limit == null) {
      return;
    }
    String words = body.render(RenderContext.builder(LanguageFormat.of("en")).build());
    int count = CharacterCount.of(medium, words);
    if (count > limit) {
      violations.add(
          field,
          "TOO_LONG",
          "has "
              + count
              + " characters without its tags; at most "
              + limit
              + " are allowed for "
              + medium);
    }
  }
}
