package org.herald.channel;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Whether an email's content is HTML: it has an element of its own, or is a whole document. */
public final class Markup {

  private Markup() {}

  public static boolean isHtml(String content) {
    // Most text has no '<' at all: no need to parse it.
    return content.indexOf('<') >= 0 && isHtml(Jsoup.parse(content), content);
  }

  /** As {@link #isHtml(String)}, for content already parsed. */
  public static boolean isHtml(Document document, String content) {
    // Beyond the html, head and body that the parser always adds.
    return document.body().childrenSize() > 0
        || document.head().childrenSize() > 0
        || content.regionMatches(true, content.indexOf('<'), "<html", 0, 5);
  }
}
