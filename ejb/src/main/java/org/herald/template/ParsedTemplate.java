package org.herald.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TemplateText;

/**
 * A template's texts parsed once, per language; immutable, so one is shared by every thread and
 * every rendering until the template changes (its version tells).
 */
public final class ParsedTemplate {

  /** One language's parsed subject (null when none) and body. */
  public record Texts(TemplateText subject, TemplateText body) {

    /** The unrestricted tags of subject and body, each once. */
    public List<String> unrestrictedNames() {
      if (subject == null) {
        return body.unrestrictedNames();
      }
      return Stream.concat(subject.unrestrictedNames().stream(), body.unrestrictedNames().stream())
          .distinct()
          .toList();
    }
  }

  private final long version;
  private final Map<String, Texts> byLanguage;

  ParsedTemplate(CommunicationTemplate template, TagCatalogue catalogue) {
    this.version = template.getVersion();
    Map<String, Texts> texts = new HashMap<>();
    for (TemplateContent content : template.getContents()) {
      texts.put(
          content.getLanguage(),
          new Texts(
              content.getSubject() == null
                  ? null
                  : TemplateText.parse(content.getSubject(), catalogue),
              TemplateText.parse(content.getBody(), catalogue)));
    }
    this.byLanguage = Map.copyOf(texts);
  }

  long version() {
    return version;
  }

  public Optional<Texts> in(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }
}
