package org.herald.channel.smtp;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text/plain alternative of an HTML email: the text a reader sees, with paragraphs as blank
 * lines, line breaks and list items kept, and each link's address after its text ("pay here
 * (https://…)"), since a plain-text reader cannot follow the markup.
 */
final class TextAlternative {

  private static final Set<String> SKIPPED =
      Set.of("head", "script", "style", "title", "template", "noscript");
  // Separated from what surrounds them by a blank line.
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "dl",
          "table",
          "blockquote",
          "pre",
          "hr",
          "figure");
  // On lines of their own.
  private static final Set<String> BLOCKS =
      Set.of(
          "div",
          "li",
          "tr",
          "dt",
          "dd",
          "section",
          "article",
          "header",
          "footer",
          "address",
          "main",
          "nav",
          "aside",
          "center",
          "form",
          "fieldset",
          "figcaption",
          "caption");

  private TextAlternative() {}

  static String of(Document html) {
    Writer writer = new Writer();
    NodeTraversor.filter(writer, html);
    return writer.out.toString();
  }

  private static final class Writer implements NodeFilter {

    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks;
    private boolean pendingSpace;
    private int insidePre;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (insidePre > 0) {
          verbatim(text.getWholeText());
        } else {
          collapsed(text.getWholeText());
        }
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (SKIPPED.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("br")) {
          pendingBreaks++;
          pendingSpace = false;
        } else if (PARAGRAPHS.contains(name)) {
          breakLine(2);
        } else if (BLOCKS.contains(name)) {
          breakLine(1);
        }
        if (name.equals("pre")) {
          insidePre++;
        } else if (name.equals("li")) {
          verbatim("- ");
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("a")) {
          String href = element.attr("href").trim();
          String text = element.text().trim();
          if (showsAddress(href, text)) {
            verbatim(" (" + href + ")");
          }
        } else if (name.equals("pre")) {
          insidePre--;
        } else if (name.equals("td") || name.equals("th")) {
          pendingSpace = true;
        }
        if (PARAGRAPHS.contains(name)) {
          breakLine(2);
        } else if (BLOCKS.contains(name)) {
          breakLine(1);
        }
      }
      return FilterResult.CONTINUE;
    }

    /** A link's address is worth writing out unless it only repeats the text or goes nowhere. */
    private static boolean showsAddress(String href, String text) {
      return !href.isEmpty()
          && !href.startsWith("#")
          && !href.regionMatches(true, 0, "javascript:", 0, 11)
          && !href.equals(text)
          && !href.equalsIgnoreCase("mailto:" + text);
    }

    private void breakLine(int breaks) {
      pendingBreaks = Math.max(pendingBreaks, breaks);
      pendingSpace = false;
    }

    /** HTML text: runs of white space are one space, none at the start of a line. */
    private void collapsed(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          pendingSpace = pendingBreaks == 0 && !out.isEmpty() && !atLineStart();
        } else {
          flushBreaks();
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.append(c);
        }
      }
    }

    private void verbatim(String text) {
      flushBreaks();
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(text);
    }

    /** Breaks are written only once text follows, so none lead or trail the result. */
    private void flushBreaks() {
      if (pendingBreaks > 0 && !out.isEmpty()) {
        out.append("\n".repeat(pendingBreaks));
        pendingSpace = false;
      }
      pendingBreaks = 0;
    }

    private boolean atLineStart() {
      return out.charAt(out.length() - 1) == '\n';
    }
  }
}
