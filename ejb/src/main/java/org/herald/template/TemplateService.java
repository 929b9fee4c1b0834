package org.herald.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.herald.audit.AuditTrail;
import org.herald.category.CategoryRepository;
import org.herald.contact.Contact;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.dynamiclink.DynamicLinkRenderers;
import org.herald.entity.EntityKeys;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityRecord;
import org.herald.error.IllegalTransitionException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.language.Languages;
import org.herald.message.MessageBody;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.ReferringCommunications;
import org.herald.settings.CurrentSettings;
import org.herald.tag.LanguageFormat;
import org.herald.tag.RenderContext;

/**
 * Keeps communication templates, refusing any text a communication could not render, and previews
 * them.
 */
@Stateless
public class TemplateService {

  /** How the audit trail names templates. */
  public static final String AUDIT_SUBJECT = "template";

  private final EntityModel model = EntityModel.crm();

  @Inject TemplateRepository templates;
  @Inject ReferringCommunications referrers;
  @Inject ParsedTemplates parsed;
  @Inject CategoryRepository categories;
  @Inject ExternalSystemRepository externalSystems;
  @Inject ContactRepository contacts;
  @Inject ContactInformation records;
  @Inject Languages languages;
  @Inject DynamicLinkRenderers links;
  @Inject CurrentSettings settings;
  @Inject AuditTrail audit;

  public CommunicationTemplate create(String code, TemplateDetails details) {
    Violations violations = new Violations();
    TemplateRules.checkNewCode(code, taken -> templates.findByCode(taken).isPresent(), violations);
    CommunicationTemplate.Definition definition = rules().check(details, violations);
    violations.throwIfAny();
    CommunicationTemplate template = new CommunicationTemplate(code, definition, Instant.now());
    templates.add(template);
    audit.record(AUDIT_SUBJECT, code, "created");
    return template;
  }

  /** Replaces everything but the code. */
  public CommunicationTemplate update(String code, TemplateDetails details) {
    CommunicationTemplate template = get(code);
    Violations violations = new Violations();
    CommunicationTemplate.Definition definition = rules().check(details, violations);
    violations.throwIfAny();
    template.define(definition, Instant.now());
    parsed.invalidate(code);
    audit.record(AUDIT_SUBJECT, code, "changed");
    return template;
  }

  public CommunicationTemplate get(String code) {
    return templates
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("template", code));
  }

  /** Deletes a template no communication was made from; one they were made from stays (409). */
  public void delete(String code) {
    CommunicationTemplate template = get(code);
    ReferringCommunications.Found made = referrers.toTemplate(code);
    if (made.any()) {
      throw new IllegalTransitionException(
          "Template "
              + code
              + " cannot be deleted: "
              + made.describe()
              + "; set effective to false to stop its use");
    }
    templates.remove(template);
    parsed.invalidate(code);
    audit.record(AUDIT_SUBJECT, code, "deleted");
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

  /** The rules with what they read of the installation: settings now in force and lookups. */
  private TemplateRules rules() {
    return new TemplateRules(
        languages,
        settings.get(),
        links.enabledTypes(),
        category -> categories.findByCode(category).isPresent(),
        system -> externalSystems.findByCode(system).map(TemplateRules.HandlingSystem::of));
  }
}
