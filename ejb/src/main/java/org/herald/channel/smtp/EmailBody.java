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
      setText(message, text, "plain");
      return;
    }
    MimeBodyPart plain = new MimeBodyPart();
    setText(plain, text, "plain");
    MimeBodyPart rich = new MimeBodyPart();
    setText(rich, html, "html");
    MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
    message.setContent(alternative);
  }

  /**
   * Sets the text with its transfer encoding already chosen: left to Jakarta Mail, the choice
   * encodes the whole text once more only to look at its bytes (9 % of an email drain's CPU).
   */
  private static void setText(MimePart part, String text, String subtype)
      throws MessagingException {
    part.setText(text, UTF_8, subtype);
    part.setHeader("Content-Transfer-Encoding", transferEncoding(text));
  }

  /**
   * As Jakarta Mail would choose it: 7bit for ASCII text in lines of at most 998 characters (what
   * SMTP carries as it is), quoted-printable for mostly ASCII text, base64 for the rest (Greek,
   * Cyrillic, Chinese: shorter so).
   */
  static String transferEncoding(String text) {
    int nonAscii = 0;
    int line = 0;
    boolean longLine = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        line = 0;
        continue;
      }
      if (++line > 998) {
        longLine = true;
      }
      if (c >= 0x7F || (c < 0x20 && c != '\t')) {
        nonAscii++;
      }
    }
    if (nonAscii == 0 && !longLine) {
      return "7bit";
    }
    return nonAscii * 3 > text.length() ? "base64" : "quoted-printable";
  }
}
