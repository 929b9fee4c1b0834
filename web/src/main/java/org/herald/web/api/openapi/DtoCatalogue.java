package org.herald.web.api.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.Page;

/**
 * The public contract's records and enums (the {@code api} module), by the name their schema has in
 * the document: {@code @Schema(name)}, else the simple class name.
 */
final class DtoCatalogue {

  private DtoCatalogue() {}

  static Map<String, Class<?>> scan() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> type : ClassListing.beside(Page.class)) {
      if (type.isRecord() || type.isEnum()) {
        byName.put(schemaName(type), type);
      }
    }
    return byName;
  }

  static String schemaName(Class<?> type) {
    Schema schema = type.getAnnotation(Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
  }
}
