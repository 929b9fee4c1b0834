package org.herald.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.herald.link.LinkKey;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.link.LinkTokens;
import org.herald.message.HtmlContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TrackedEmailTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String HERALD = "https://herald.example.com";
  private static final String ENDPOINTS = HERALD + "/herald/api/v1/public/tracking/";
  private static final List<String> HERALD_PUBLIC = List.of(HERALD + "/herald/api/v1/public/");

  private final LinkTokens tokens = new LinkTokens(LinkKey.of(secret()), List.of());
  private final TrackingLinks links =
      new TrackingLinks(
          tokens,
          new TrackingAddress(ENDPOINTS, null),
          "CM000042",
          "CT000007",
          NOW.plusSeconds(3600));

  @Test
  void webLinksBecomeSignedClickRedirectsToTheirUrl() {
    Document tracked =
        tracked(
            "<p>Pay <a href=\"https://pay.example.com/bill/1\">here</a> or see"
                + " <a href=\"HTTP://example.com/offers\">offers</a>.</p>");

    List<Element> anchors = tracked.select("a");
    assertEquals(
        new LinkToken(
            LinkKind.CLICK,
            "CM000042",
            "CT000007",
            NOW.plusSeconds(3600),
            "https://pay.example.com/bill/1"),
        clickToken(anchors.get(0).attr("href")));
    assertEquals("HTTP://example.com/offers", clickToken(anchors.get(1).attr("href")).subject());
    assertEquals("here", anchors.get(0).text(), "the reader sees the same text");
  }

  @Test
  void mailtoTelAnchorsRelativeAndDynamicLinksStayAsTheyAre() {
    String dynamic = HERALD + "/herald/api/v1/public/links/abc.def";
    Document tracked =
        tracked(
            "<p><a href=\"mailto:info@zx.com\">mail</a> <a href=\"tel:+35722000000\">call</a>"
                + " <a href=\"#top\">top</a> <a href=\"/account\">account</a>"
                + " <a href=\""
                + dynamic
                + "\">opt out</a> <a name=\"x\">no href</a></p>");

    assertEquals(
        List.of("mailto:info@zx.com", "tel:+35722000000", "#top", "/account", dynamic, ""),
        tracked.select("a").stream().map(a -> a.attr("href")).toList());
  }

  @Test
  void anOpenPixelEndsTheBody() {
    Document tracked = tracked("<html><body><p>Hello</p><div>Footer</div></body></html>");

    Element pixel = tracked.body().children().last();
    assertEquals("img", pixel.normalName());
    assertEquals("1", pixel.attr("width"));
    assertEquals("1", pixel.attr("height"));
    assertEquals("", pixel.attr("alt"));
    assertTrue(pixel.attr("src").startsWith(ENDPOINTS + "open/"), pixel.attr("src"));
    LinkToken open =
        tokens.verify(
            pixel.attr("src").substring((ENDPOINTS + "open/").length()), LinkKind.OPEN, NOW);
    assertEquals("CM000042", open.communication());
    assertEquals("", open.subject());
  }

  @Test
  void theRewrittenHrefIsHtmlEscapedAndTheSignedUrlIsTheOneTheReaderFollows() {
    TrackingLinks custom =
        new TrackingLinks(
            tokens,
            new TrackingAddress(ENDPOINTS, "https://crm.example.com/track?src=mail"),
            "CM000042",
            "CT000007",
            NOW.plusSeconds(3600));
    Document html =
        HtmlContent.parse(
                "<p><a href=\"https://shop.example.com/?a=1&amp;b=&quot;2&quot;\">shop</a></p>")
            .orElseThrow();

    String rewritten = TrackedEmail.rewrite(html, custom, HERALD_PUBLIC);

    assertTrue(
        rewritten.contains("href=\"https://crm.example.com/track?src=mail&amp;token="), rewritten);
    String href = Jsoup.parse(rewritten).selectFirst("a").attr("href");
    String token = href.substring(href.indexOf("token=") + "token=".length());
    assertEquals(
        "https://shop.example.com/?a=1&b=\"2\"",
        tokens.verify(token, LinkKind.CLICK, NOW).subject(),
        "the URL as the browser would have followed it, entities decoded");
  }

  @Test
  void hrefsAreReadAsABrowserReadsThem() {
    assertEquals("https://x.example/a", TrackedEmail.webAddress("  https://x.example/\n\ta "));
    assertEquals(null, TrackedEmail.webAddress("javascript:alert(1)"));
    assertEquals(null, TrackedEmail.webAddress("ftp://x.example/file"));
  }

  @Test
  void theAuthorsLayoutIsKept() {
    String rewritten =
        TrackedEmail.rewrite(
            HtmlContent.parse("<p>Dear   Maria,</p>\n<p>Bye</p>").orElseThrow(),
            links,
            HERALD_PUBLIC);

    assertTrue(rewritten.contains("<p>Dear   Maria,</p>\n<p>Bye</p><img"), rewritten);
  }

  @Test
  void plainTextIsNotHtmlSoNeverRewritten() {
    assertFalse(HtmlContent.parse("Pay at https://pay.example.com/bill/1").isPresent());
    assertFalse(HtmlContent.parse("1 < 2 and 3 > 2").isPresent());
  }

  @Test
  void customUrlsTakeTheTokenAsAParameter() {
    assertEquals(
        "https://t.example/h?token=abc",
        new TrackingAddress(ENDPOINTS, "https://t.example/h").click("abc"));
    assertEquals(
        "https://t.example/h?x=1&token=abc",
        new TrackingAddress(ENDPOINTS, "https://t.example/h?x=1").open("abc"));
    assertEquals(ENDPOINTS + "click/abc", new TrackingAddress(ENDPOINTS, null).click("abc"));
  }

  private Document tracked(String content) {
    return Jsoup.parse(
        TrackedEmail.rewrite(HtmlContent.parse(content).orElseThrow(), links, HERALD_PUBLIC));
  }

  private LinkToken clickToken(String href) {
    assertTrue(href.startsWith(ENDPOINTS + "click/"), href);
    return tokens.verify(href.substring((ENDPOINTS + "click/").length()), LinkKind.CLICK, NOW);
  }

  private static byte[] secret() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 3);
    return secret;
  }
}
