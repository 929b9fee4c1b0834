package org.herald.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TagDefinition;

/**
 * The '#' autocomplete of the portal's editors (templates, communications): suggestions from the
 * tag catalogue for a subject, a plain body, and the tag finder beside a WYSIWYG body.
 */
@Named("tagSuggestions")
@ApplicationScoped
public class TagSuggestions {

  /** The tag being typed at the end of a text: what the '#' autocomplete completes. */
  private static final Pattern TAG_AT_END = Pattern.compile("#[a-z_.]*$");

  private static final int SUGGESTIONS = 50;

  /**
   * The '#' autocomplete of a subject: the whole subject with the tag being typed at its end
   * completed, one suggestion per catalogue tag starting with what was typed.
   */
  public List<String> completeSubject(String query) {
    Matcher tag = TAG_AT_END.matcher(query);
    if (!tag.find()) {
      return List.of();
    }
    String before = query.substring(0, tag.start());
    return TagCatalogue.crm().suggest(tag.group()).stream()
        .limit(SUGGESTIONS)
        .map(definition -> before + "#" + definition.path())
        .toList();
  }

  /** The '#' autocomplete of a plain body: the word being typed, if it starts a tag. */
  public List<String> completeTag(String word) {
    if (!word.startsWith("#")) {
      return List.of();
    }
    return TagCatalogue.crm().suggest(word).stream()
        .limit(SUGGESTIONS)
        .map(definition -> "#" + definition.path())
        .toList();
  }

  /** The tag a subject suggestion ends with: what the suggestion list shows. */
  public String lastTag(String suggestion) {
    Matcher tag = TAG_AT_END.matcher(suggestion);
    return tag.find() ? tag.group() : suggestion;
  }

  /** Every catalogue tag starting with the query, for the helper list beside an email body. */
  public List<String> findTags(String query) {
    return TagCatalogue.crm().suggest(query.startsWith("#") ? query : "#" + query).stream()
        .limit(SUGGESTIONS)
        .map(TagDefinition::path)
        .map(path -> "#" + path)
        .toList();
  }
}
