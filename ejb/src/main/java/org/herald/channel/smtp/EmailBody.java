package org.herald.channel.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.nio.charset.StandardCharsets;
import org.herald.message.HtmlContent;

/**
 * The body of an email: plain content goes as text/plain; content with markup as
 * multipart/alternative, a text/plain part derived from the HTML first and the HTML itself last
 * (the one a mail reader prefers). UTF-8 throughout.
 *
 * @param html the content as written, or null for plain text
 */
record EmailBody(String text, String html) {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  static EmailBody of(String content) {
    return HtmlContent.parse(content)
        .map(document -> new EmailBody(TextAlternative.of(document), content))
        .orElseGet(() -> new EmailBody(content, null));
  }

  boolean isHtml() {
    return html != null;
  }

  void writeTo(MimePart message) throws MessagingException {
    if (html == null) {
      message.setText(text, UTF_8);
      return;
    }
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, UTF_8);
    MimeBodyPart rich = new MimeBodyPart();
    rich.setText(html, UTF_8, "html");
    MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
    message.setContent(alternative);
  }
}
