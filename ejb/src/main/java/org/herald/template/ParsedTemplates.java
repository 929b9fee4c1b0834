package org.herald.template;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parsed texts of templates, by code, parsed once per template version. Entities are not cached
 * (nodes share the database), so this caches what is derived from them instead: a reader always
 * holds the template it loaded, and a version other than the cached one means another change (on
 * this node or another) and a fresh parse.
 */
@ApplicationScoped
public class ParsedTemplates {

  private final Map<String, ParsedTemplate> byCode = new ConcurrentHashMap<>();

  public ParsedTemplate of(CommunicationTemplate template) {
    ParsedTemplate cached = byCode.get(template.getCode());
    if (cached != null && cached.version() == template.getVersion()) {
      return cached;
    }
    ParsedTemplate parsed = new ParsedTemplate(template, template.catalogue());
    byCode.put(template.getCode(), parsed);
    return parsed;
  }

  /** Forgets a changed or deleted template. */
  void invalidate(String code) {
    byCode.remove(code);
  }
}
