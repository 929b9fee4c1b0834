package org.herald.web.admin;

import java.io.Serializable;

/** The subject and body of one language as the editor holds them while the admin types. */
public class ContentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String language;
  private String subject;
  private String body;

  ContentForm(String language, String subject, String body) {
    this.language = language;
    this.subject = subject;
    this.body = body;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  /** Characters as Herald counts them (code points: an emoji is one), before tags are filled in. */
  public int getCharacters() {
    return body == null ? 0 : body.codePointCount(0, body.length());
  }

  /** Whether nothing was written in this language (an empty editor still holds a paragraph). */
  boolean isBlank() {
    return isBlank(subject) && isBlank(body);
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank() || text.equals("<p><br></p>");
  }
}
