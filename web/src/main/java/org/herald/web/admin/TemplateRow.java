package org.herald.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateContent;

/** A template as the list shows it: its category's name, its types and its languages in order. */
public class TemplateRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CommunicationTemplate template;
  private final String categoryName;

  TemplateRow(CommunicationTemplate template, String categoryName) {
    this.template = template;
    this.categoryName = categoryName;
  }

  public CommunicationTemplate getTemplate() {
    return template;
  }

  /** The category's name, or its code if it has none any more; empty without a category. */
  public String getCategory() {
    return categoryName;
  }

  public String getReferringEntityTypes() {
    return String.join(", ", template.getReferringEntityTypes().stream().sorted().toList());
  }

  /** The languages written, the default one first. */
  public List<String> getLanguages() {
    List<String> languages = new ArrayList<>();
    languages.add(template.getDefaultLanguage());
    for (TemplateContent content : template.getContents()) {
      if (!languages.contains(content.getLanguage())) {
        languages.add(content.getLanguage());
      }
    }
    return languages;
  }
}
