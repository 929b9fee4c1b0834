package org.herald.web.admin;

import java.io.Serializable;

/** A template rendered for one contact, as the editor's preview panel shows it. */
public class PreviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String language;
  private final String subject;
  private final String body;
  private final boolean html;

  PreviewView(String language, String subject, String body, boolean html) {
    this.language = language;
    this.subject = subject;
    this.body = body;
    this.html = html;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  /** The body as rendered: an email's is markup with every value already HTML-escaped. */
  public String getBody() {
    return body;
  }

  /** Whether the body is an email's, shown as a page of its own rather than as text. */
  public boolean isHtml() {
    return html;
  }

  /** An email body as a document for the preview's sandboxed frame. */
  public String getDocument() {
    return EmailFrame.document(body);
  }
}
