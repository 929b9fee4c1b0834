package org.herald.tracking;

import java.util.Collection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML of an email made trackable: every web link ({@code <a href="http(s)://…">}) becomes a
 * click redirect and a 1×1 open pixel ends the body. Links to Herald's own public endpoints
 * (dynamic links, already signed), {@code mailto:}, {@code tel:}, anchors and relative links stay
 * as they are.
 */
public final class TrackedEmail {

  private TrackedEmail() {}

  /**
   * Rewrites {@code html} in place and answers it as text.
   *
   * @param heraldPublic the addresses of Herald's public endpoints ({@code
   *     https://host/herald/api/v1/public/}), whose links are left alone
   */
  public static String rewrite(
      Document html, TrackingLinks links, Collection<String> heraldPublic) {
    for (Element link : html.select("a[href]")) {
      String url = webAddress(link.attr("href"));
      if (url != null && heraldPublic.stream().noneMatch(p -> startsWithIgnoreCase(url, p))) {
        link.attr("href", links.click(url));
      }
    }
    html.body()
        .appendElement("img")
        .attr("src", links.open())
        .attr("width", "1")
        .attr("height", "1")
        .attr("alt", "")
        .attr("style", "display:block;width:1px;height:1px;border:0");
    // Keep the author's layout: no re-indenting.
    html.outputSettings().prettyPrint(false);
    return html.outerHtml();
  }

  /**
   * The http(s) URL an href leads to, as a browser reads it (tabs and line breaks dropped, outer
   * blanks trimmed), or null for any other kind of link.
   */
  static String webAddress(String href) {
    String url = href.replaceAll("[\\t\\n\\r]", "").strip();
    return startsWithIgnoreCase(url, "http://") || startsWithIgnoreCase(url, "https://")
        ? url
        : null;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
