package org.herald.message;

import org.herald.api.Medium;
import org.herald.tag.Escaping;
import org.herald.tag.RenderContext;
import org.herald.tag.TemplateText;

/**
 * Renders a message body so that no tag value ever becomes markup. An HTML email escapes its
 * values. A plain one (and every SMS) keeps them as they are, unless a value would make the email
 * read as HTML (a name like {@code <b>x</b>}): then it goes as HTML with all of it escaped.
 */
public final class MessageBody {

  private MessageBody() {}

  /**
   * @param source the body as written (it decides HTML or plain, not what the values bring)
   */
  public static String render(
      Medium medium, String source, TemplateText text, RenderContext.Builder context) {
    if (medium != Medium.EMAIL) {
      return text.render(context.escaping(Escaping.PLAIN).build());
    }
    if (HtmlContent.parse(source).isPresent()) {
      return text.render(context.escaping(Escaping.HTML).build());
    }
    String plain = text.render(context.escaping(Escaping.PLAIN).build());
    if (HtmlContent.parse(plain).isEmpty()) {
      return plain;
    }
    StringBuilder html = new StringBuilder(plain.length() + 64);
    html.append("<div style=\"white-space:pre-wrap\">");
    Escaping.HTML.append(html, plain);
    return html.append("</div>").toString();
  }
}
