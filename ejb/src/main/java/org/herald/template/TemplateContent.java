package org.herald.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A template's subject and body in one language, as written (tags unresolved). */
@Embeddable
public class TemplateContent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "language", nullable = false)
  private String language;

  @Column(name = "subject")
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  protected TemplateContent() {}

  public TemplateContent(String language, String subject, String body) {
    this.language = language;
    this.subject = subject;
    this.body = body;
  }

  public String getLanguage() {
    return language;
  }

  /** Null for media without a subject (an SMS). */
  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }
}
