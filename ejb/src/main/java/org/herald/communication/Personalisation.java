package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.contact.ContactInformation;
import org.herald.dynamiclink.DynamicLinkRenderers;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityRecord;
import org.herald.error.Violations;
import org.herald.language.Languages;
import org.herald.message.MessageBody;
import org.herald.tag.DynamicLinkType;
import org.herald.tag.Escaping;
import org.herald.tag.LanguageFormat;
import org.herald.tag.RenderContext;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TagProblem;
import org.herald.tag.TemplateText;

/**
 * A communication's tags: checked whenever it is saved (known tags, enabled dynamic links, entities
 * it refers to), with values required for its unrestricted tags once it is completed, and rendered
 * into what the contact receives when it is completed.
 */
@ApplicationScoped
public class Personalisation {

  private final TagCatalogue catalogue = TagCatalogue.crm();

  @Inject ContactInformation records;
  @Inject DynamicLinkRenderers links;
  @Inject Languages languages;

  /** A communication's subject (null when none) and content, parsed once when checked. */
  public record Texts(TemplateText subject, TemplateText content) {}

  /**
   * Records every tag problem of the request's subject and content against that field, and, unless
   * it is a draft, every unrestricted tag without a value (the seed's "add missing unrestricted
   * parameters": no message goes out with a gap). Answers the texts parsed, for rendering.
   */
  Texts check(NewCommunication request, Violations violations) {
    Set<String> referringTypes =
        request.referringEntities().stream()
            .filter(key -> key != null && key.type() != null)
            .map(EntityKey::type)
            .collect(Collectors.toSet());
    Set<DynamicLinkType> enabledLinks = links.enabledTypes();
    Set<String> missing = new LinkedHashSet<>();
    TemplateText subject =
        check(
            "subject",
            request.subject(),
            enabledLinks,
            referringTypes,
            request,
            missing,
            violations);
    TemplateText content =
        check(
            "content",
            request.content(),
            enabledLinks,
            referringTypes,
            request,
            missing,
            violations);
    if (!request.draft()) {
      for (String name : missing) {
        violations.add(
            "unrestricted." + name, "REQUIRED", "#unrestricted." + name + " needs a value");
      }
    }
    return new Texts(subject, content);
  }

  /**
   * One field's text parsed, its tag problems recorded, its unrestricted tags without value added.
   */
  private TemplateText check(
      String field,
      String text,
      Set<DynamicLinkType> enabledLinks,
      Set<String> referringTypes,
      NewCommunication request,
      Set<String> missing,
      Violations violations) {
    if (text == null) {
      return null;
    }
    TemplateText parsed = TemplateText.parse(text, catalogue);
    for (TagProblem problem : catalogue.check(parsed, enabledLinks, referringTypes)) {
      violations.add(field, problem.code(), problem.message());
    }
    missing.addAll(parsed.missingUnrestricted(request.unrestricted()));
    return parsed;
  }

  /**
   * Replaces the communication's subject and content by what its contact receives: tags rendered in
   * its language from its referring entities and unrestricted values, with its own signed links.
   * {@code texts} are its subject and content as {@link #check} parsed them (or a template's,
   * parsed once); {@code notificationItem}, when not null, is the notification run's item. Tags
   * follow references through {@code lookup} (a batch's), or the store when it is null.
   */
  void personalise(
      Communication communication,
      List<EntityRecord> entities,
      Texts texts,
      EntityRecord notificationItem,
      EntityLookup lookup) {
    RenderContext.Builder context =
        RenderContext.builder(LanguageFormat.of(language(communication)))
            .lookup(lookup == null ? records : lookup)
            .referringTo(ContactInformation.of(communication.getContact()))
            .unrestrictedValues(communication.getUnrestricted())
            .dynamicLinks(
                links.forCommunication(
                    communication.getNumber(), communication.getContact().getNumber()));
    entities.forEach(context::referringTo);
    if (notificationItem != null) {
      context.notificationItem(notificationItem);
    }
    String subject =
        texts.subject() == null
            ? null
            : texts.subject().render(context.escaping(Escaping.PLAIN).build());
    communication.personalise(
        subject,
        MessageBody.render(
            communication.getMedium(), texts.content().source(), texts.content(), context));
  }

  /** Written for a template's language, else the contact's preferred, else the default one. */
  private String language(Communication communication) {
    if (communication.getLanguage() != null) {
      return communication.getLanguage();
    }
    String preferred = communication.getContact().getPreferredLanguage();
    return preferred == null ? languages.defaultLanguage() : preferred;
  }
}
