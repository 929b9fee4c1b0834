package org.herald.template;

import java.util.List;
import java.util.Map;

/**
 * A template as a client writes it, before validation: enum values and codes as given, {@code
 * contents} by language; {@code notificationItem} the entity type of a notification run's items,
 * for a template whose {@code #notification.…} tags they supply. {@link TemplateRules} checks all
 * of it at once.
 */
public record TemplateDetails(
    String name,
    String medium,
    String direction,
    String category,
    List<String> referringEntityTypes,
    String externalSystem,
    Boolean effective,
    String defaultLanguage,
    Map<String, Content> contents,
    String notificationItem) {

  /** The subject and body of one language. */
  public record Content(String subject, String body) {}
}
