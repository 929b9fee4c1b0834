package org.herald.dynamiclink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.herald.link.LinkKey;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.link.LinkTokens;
import org.herald.link.WebAddresses;
import org.herald.tag.DynamicLinkType;
import org.herald.tag.Escaping;
import org.junit.jupiter.api.Test;

class SignedDynamicLinksTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final LinkTokens tokens = new LinkTokens(LinkKey.of(secret()), List.of());

  private SignedDynamicLinks links(boolean enabled) {
    Map<DynamicLinkType, DynamicLinks.TypeSetting> types = new EnumMap<>(DynamicLinkType.class);
    types.put(
        DynamicLinkType.OPT_OUT_DIRECT_MARKETING,
        new DynamicLinks.TypeSetting(enabled, "Leave <our> list & go", null));
    return new SignedDynamicLinks(
        new DynamicLinks("crm.example.com", null, types),
        tokens,
        token -> "https://crm.example.com/links/" + token + "?a=1&b=2",
        LinkKind.ACTION,
        "CM000042",
        "CT000007",
        NOW.plusSeconds(60));
  }

  @Test
  void inHtmlALinkIsAnAnchorWithTheSettingsTextBothEscaped() {
    StringBuilder out = new StringBuilder();
    links(true).appendTo(out, DynamicLinkType.OPT_OUT_DIRECT_MARKETING, Escaping.HTML);

    String html = out.toString();
    assertTrue(html.startsWith("<a href=\"https://crm.example.com/links/"), html);
    assertTrue(html.endsWith("?a=1&amp;b=2\">Leave &lt;our&gt; list &amp; go</a>"), html);
    String token = html.substring(html.indexOf("/links/") + 7, html.indexOf('?'));
    assertEquals(
        new LinkToken(
            LinkKind.ACTION,
            "CM000042",
            "CT000007",
            NOW.plusSeconds(60),
            "OPT_OUT_DIRECT_MARKETING"),
        tokens.verify(token, LinkKind.ACTION, NOW));
  }

  @Test
  void inPlainTextALinkIsItsAddress() {
    StringBuilder out = new StringBuilder();
    links(true).appendTo(out, DynamicLinkType.OPT_OUT_DIRECT_MARKETING, Escaping.PLAIN);
    assertTrue(
        out.toString().matches("https://crm\\.example\\.com/links/\\S+\\?a=1&b=2"), out::toString);
  }

  @Test
  void aLinkTypeNotEnabledRendersNothing() {
    StringBuilder out = new StringBuilder();
    links(false).appendTo(out, DynamicLinkType.OPT_OUT_DIRECT_MARKETING, Escaping.HTML);
    links(true).appendTo(out, DynamicLinkType.OPT_IN_DIRECT_MARKETING, Escaping.HTML);
    assertEquals("", out.toString());
  }

  @Test
  void onlyAbsoluteWebAddressesAreRedirectionTargets() {
    assertTrue(WebAddresses.isWebAddress("https://www.example.com/saved?x=1"));
    assertTrue(WebAddresses.isWebAddress("http://localhost:8080"));
    for (String bad :
        new String[] {
          "javascript:alert(1)", "//evil.example", "/relative", "ftp://x.example", "x y"
        }) {
      assertEquals(false, WebAddresses.isWebAddress(bad), bad);
    }
  }

  private static byte[] secret() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 3);
    return secret;
  }
}
