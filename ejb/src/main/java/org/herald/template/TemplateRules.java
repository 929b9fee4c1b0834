package org.herald.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.entity.EntityModel;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.language.Languages;
import org.herald.message.CharacterCount;
import org.herald.message.CharacterLimit;
import org.herald.settings.Settings;
import org.herald.tag.DynamicLinkType;
import org.herald.tag.LanguageFormat;
import org.herald.tag.RenderContext;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TagProblem;
import org.herald.tag.TemplateText;

/**
 * The rules a template keeps on save, so that every communication made from it can be rendered:
 * codes, medium and direction, category, referring entity types, the external system handling its
 * medium, the languages and their texts, their tags and their length. Plain Java: what it reads of
 * the installation (languages, settings, enabled dynamic links, which categories and external
 * systems exist) is handed to it.
 */
public final class TemplateRules {

  private static final int NAME_LENGTH = 200;
  private static final int SUBJECT_LENGTH = 1000;

  private static final EntityModel MODEL = EntityModel.crm();

  /** What a template needs of the external system handling its medium. */
  public record HandlingSystem(String code, Set<Medium> media, Integer characterLimit) {

    public HandlingSystem {
      media = Set.copyOf(media);
    }

    public static HandlingSystem of(ExternalSystem system) {
      return new HandlingSystem(
          system.getCode(), system.getSupportedMedia(), system.getCharacterLimit());
    }
  }

  private final Languages languages;
  private final Settings settings;
  private final Set<DynamicLinkType> enabledLinks;
  private final Predicate<String> categoryExists;
  private final Function<String, Optional<HandlingSystem>> externalSystems;

  /**
   * @param settings the general settings, for the medium's character limit
   * @param enabledLinks the dynamic links a template may use
   * @param categoryExists whether a category has this code
   * @param externalSystems the external system with this code, if any
   */
  public TemplateRules(
      Languages languages,
      Settings settings,
      Set<DynamicLinkType> enabledLinks,
      Predicate<String> categoryExists,
      Function<String, Optional<HandlingSystem>> externalSystems) {
    this.languages = languages;
    this.settings = settings;
    this.enabledLinks = Set.copyOf(enabledLinks);
    this.categoryExists = categoryExists;
    this.externalSystems = externalSystems;
  }

  /** A new template's code must be a public code no template has yet. */
  public static void checkNewCode(String code, Predicate<String> taken, Violations violations) {
    if (violations.code("code", code) && taken.test(code)) {
      violations.add("code", "DUPLICATE", "template " + code + " exists already");
    }
  }

  /**
   * Every rule of a template's definition, each broken one recorded against its field; the
   * definition to store when none is broken.
   */
  CommunicationTemplate.Definition check(TemplateDetails details, Violations violations) {
    violations.require("name", details.name());
    violations.maxLength("name", details.name(), NAME_LENGTH);
    violations.require("medium", details.medium());
    Medium medium = violations.enumValue("medium", Medium.class, details.medium());
    violations.require("direction", details.direction());
    Direction direction = violations.enumValue("direction", Direction.class, details.direction());
    if (details.category() != null && !categoryExists.test(details.category())) {
      violations.add("category", "UNKNOWN_CATEGORY", "no category " + details.category());
    }
    Set<String> entityTypes = referringEntityTypes(details, violations);
    HandlingSystem system = externalSystem(details, medium, violations);
    String item = details.notificationItem();
    if (item != null && MODEL.type(item).isEmpty()) {
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
    Integer limit =
        medium == null
            ? null
            : CharacterLimit.of(settings, system == null ? null : system.characterLimit(), medium)
                .orElse(null);
    List<TemplateContent> contents =
        contents(details, medium, catalogue, entityTypes, limit, violations);
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

  private static Set<String> referringEntityTypes(TemplateDetails details, Violations violations) {
    Set<String> entityTypes = new LinkedHashSet<>();
    List<String> types =
        details.referringEntityTypes() == null ? List.of() : details.referringEntityTypes();
    for (int i = 0; i < types.size(); i++) {
      String type = types.get(i);
      if (type == null || MODEL.type(type).isEmpty()) {
        violations.add(
            "referringEntityTypes[" + i + "]",
            "UNKNOWN_ENTITY_TYPE",
            "'" + type + "' is not an entity type");
      } else {
        entityTypes.add(type);
      }
    }
    return entityTypes;
  }

  /** The external system named, if it exists; refused unless it handles the template's medium. */
  private HandlingSystem externalSystem(
      TemplateDetails details, Medium medium, Violations violations) {
    if (details.externalSystem() == null) {
      return null;
    }
    HandlingSystem system = externalSystems.apply(details.externalSystem()).orElse(null);
    if (system == null) {
      violations.add(
          "externalSystem",
          "UNKNOWN_EXTERNAL_SYSTEM",
          "no external system " + details.externalSystem());
    } else if (medium != null && !system.media().contains(medium)) {
      violations.add(
          "externalSystem",
          "UNSUPPORTED_MEDIUM",
          "external system " + system.code() + " does not handle " + medium);
    }
    return system;
  }

  private List<TemplateContent> contents(
      TemplateDetails details,
      Medium medium,
      TagCatalogue catalogue,
      Set<String> entityTypes,
      Integer limit,
      Violations violations) {
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
              tags(at + ".subject", subject, catalogue, entityTypes, violations);
              TemplateText body =
                  tags(at + ".body", content.body(), catalogue, entityTypes, violations);
              length(at + ".body", body, medium, limit, violations);
              if (content.body() != null && !content.body().isBlank()) {
                contents.add(new TemplateContent(language, subject, content.body()));
              }
            });
    return contents;
  }

  /**
   * Unknown tags, dynamic links not enabled, and entity tags whose entity is not among the
   * referring entity types, each named with its line and column.
   */
  private TemplateText tags(
      String field,
      String text,
      TagCatalogue catalogue,
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
  private static void length(
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
