package org.herald.message;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Tells HTML email content from plain text: content is HTML when it has markup of its own, beyond
 * the html, head and body that the parser always adds ("a < b" is text).
 */
public final class HtmlContent {

  private HtmlContent() {}

  /** The parsed document if {@code content} is HTML, else empty. */
  public static Optional<Document> parse(String content) {
    // Most text has no '<' at all: no need to parse it.
    int tag = content.indexOf('<');
    if (tag < 0) {
      return Optional.empty();
    }
    Document document = Jsoup.parse(content);
    boolean markup =
        document.body().childrenSize() > 0
            || document.head().childrenSize() > 0
            || content.regionMatches(true, tag, "<html", 0, 5);
    return markup ? Optional.of(document) : Optional.empty();
  }
}
