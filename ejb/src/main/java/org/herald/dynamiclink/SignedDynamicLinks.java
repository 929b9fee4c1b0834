package org.herald.dynamiclink;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.link.LinkTokens;
import org.herald.tag.DynamicLinkRenderer;
import org.herald.tag.DynamicLinkType;
import org.herald.tag.Escaping;

/**
 * Renders the dynamic links of one communication: each a signed token for the communication, its
 * contact and the link type, at the address the settings give. In HTML an anchor with the settings'
 * link text; in plain text (SMS, text email) the address alone, after the template's own words. A
 * link type that is not enabled renders empty (saving refuses it before that).
 */
final class SignedDynamicLinks implements DynamicLinkRenderer {

  private final DynamicLinks settings;
  private final LinkTokens tokens;
  private final UnaryOperator<String> address;
  private final LinkKind kind;
  private final String communication;
  private final String contact;
  private final Instant expiresAt;

  SignedDynamicLinks(
      DynamicLinks settings,
      LinkTokens tokens,
      UnaryOperator<String> address,
      LinkKind kind,
      String communication,
      String contact,
      Instant expiresAt) {
    this.settings = settings;
    this.tokens = tokens;
    this.address = address;
    this.kind = kind;
    this.communication = communication;
    this.contact = contact;
    this.expiresAt = expiresAt;
  }

  @Override
  public void appendTo(StringBuilder out, DynamicLinkType type, Escaping escaping) {
    DynamicLinks.TypeSetting setting = settings.of(type);
    if (setting == null || !setting.enabled()) {
      return;
    }
    String url =
        address.apply(
            tokens.sign(new LinkToken(kind, communication, contact, expiresAt, type.name())));
    if (escaping == Escaping.HTML) {
      out.append("<a href=\"");
      escaping.append(out, url);
      out.append("\">");
      escaping.append(out, setting.linkText());
      out.append("</a>");
    } else {
      out.append(url);
    }
  }
}
