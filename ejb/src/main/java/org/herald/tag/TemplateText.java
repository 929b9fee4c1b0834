package org.herald.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template's subject or body, parsed once into literal text and tags and then rendered for any
 * number of communications; immutable, so one parsed text is cached and shared by every thread. A
 * tag is '#' then {@code [a-z_]+(\.[a-z_]+)+}; any other character ends it, so in {@code
 * €#payment.amount} or {@code by #bill.due_date.} the € and the closing '.' stay text.
 */
public final class TemplateText {

  private final String source;
  private final Segment[] segments;
  private final List<Tag> tags;

  private TemplateText(String source, List<Segment> segments) {
    this.source = source;
    this.segments = segments.toArray(Segment[]::new);
    this.tags = segments.stream().filter(Tag.class::isInstance).map(Tag.class::cast).toList();
  }

  /**
   * Parses {@code text}, resolving each tag's meaning in {@code catalogue} once for all renders.
   */
  public static TemplateText parse(String text, TagCatalogue catalogue) {
    List<Segment> segments = new ArrayList<>();
    int literalStart = 0;
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c == '#') {
        int end = tagEnd(text, i + 1);
        if (end > 0) {
          if (literalStart < i) {
            segments.add(new Literal(text.substring(literalStart, i)));
          }
          String path = text.substring(i + 1, end);
          segments.add(new Tag(path, i, line, i - lineStart + 1, catalogue.bind(path)));
          i = end;
          literalStart = end;
          continue;
        }
      }
      i++;
    }
    if (literalStart < text.length()) {
      segments.add(new Literal(text.substring(literalStart)));
    }
    return new TemplateText(text, segments);
  }

  /** Where the path of a tag starting at {@code from} ends, or -1 when no tag starts there. */
  private static int tagEnd(String text, int from) {
    int end = nameEnd(text, from);
    if (end == from) {
      return -1;
    }
    boolean dotted = false;
    while (end < text.length() && text.charAt(end) == '.') {
      int next = nameEnd(text, end + 1);
      if (next == end + 1) {
        break; // a '.' not followed by a name is punctuation after the tag
      }
      end = next;
      dotted = true;
    }
    return dotted ? end : -1;
  }

  private static int nameEnd(String text, int from) {
    int i = from;
    while (i < text.length()
        && (text.charAt(i) == '_' || (text.charAt(i) >= 'a' && text.charAt(i) <= 'z'))) {
      i++;
    }
    return i;
  }

  /** The text as written. */
  public String source() {
    return source;
  }

  public List<Segment> segments() {
    return List.of(segments);
  }

  /** The tags in the order written. */
  public List<Tag> tags() {
    return tags;
  }

  /** Appends the text with every tag replaced by its value; an undefined value renders empty. */
  public void renderTo(StringBuilder out, RenderContext context) {
    for (Segment segment : segments) {
      if (segment instanceof Literal literal) {
        out.append(literal.text());
      } else {
        ((Tag) segment).binding().appendTo(out, context);
      }
    }
  }

  public String render(RenderContext context) {
    StringBuilder out = new StringBuilder(source.length() + 64);
    renderTo(out, context);
    return out.toString();
  }

  /** The names of the {@code #unrestricted.<name>} tags used, each once, in the order written. */
  public List<String> unrestrictedNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Tag tag : tags) {
      if (tag.binding() instanceof TagBinding.UnrestrictedValue unrestricted) {
        names.add(unrestricted.name());
      }
    }
    return List.copyOf(names);
  }

  /**
   * The unrestricted tags used that {@code values} gives no value for (absent, null or blank), so a
   * communication can be refused naming them.
   */
  public List<String> missingUnrestricted(Map<String, String> values) {
    return unrestrictedNames().stream()
        .filter(name -> values.get(name) == null || values.get(name).isBlank())
        .toList();
  }

  @Override
  public String toString() {
    return source;
  }
}
