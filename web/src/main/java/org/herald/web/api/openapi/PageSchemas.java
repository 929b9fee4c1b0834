package org.herald.web.api.openapi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A typed page schema for each list: a response that refers to {@code <Item>Page} (as
 * {@code @Schema(ref = "ContactPage")}) gets {@code {items: [Item], page, size, totalItems}}, the
 * shape of {@link org.herald.api.Page}, whose generic {@code items} the scanner can only type as
 * objects.
 */
final class PageSchemas {

  static final String SUFFIX = "Page";
  private static final String COMPONENTS = "#/components/schemas/";

  void add(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    List<String> referred =
        Operations.of(openAPI)
            .flatMap(o -> Operations.responseSchemas(o.operation()))
            .map(Schema::getRef)
            .filter(Objects::nonNull)
            .filter(ref -> ref.startsWith(COMPONENTS))
            .map(ref -> ref.substring(COMPONENTS.length()))
            .distinct()
            .toList();
    for (String name : referred) {
      String item = name.substring(0, Math.max(0, name.length() - SUFFIX.length()));
      if (name.endsWith(SUFFIX) && !schemas.containsKey(name) && schemas.containsKey(item)) {
        openAPI.getComponents().addSchema(name, pageOf(item));
      }
    }
    if (!referred.contains(SUFFIX)) {
      openAPI.getComponents().removeSchema(SUFFIX);
    }
  }

  private static Schema pageOf(String item) {
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("One page of " + item + " items, in the order asked for")
        .addProperty(
            "items",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(COMPONENTS + item)))
        .addProperty(
            "page",
            OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .format("int32")
                .description("This page's index, from 0"))
        .addProperty(
            "size",
            OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .format("int32")
                .description("The page size asked for"))
        .addProperty(
            "totalItems",
            OASFactory.createSchema()
                .type(SchemaType.INTEGER)
                .format("int64")
                .description("Items on all pages"))
        .required(List.of("items", "page", "size", "totalItems"));
  }
}
