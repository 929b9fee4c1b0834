package org.herald.web.api.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The served document's last step ({@code mp.openapi.filter}): Payara's scanner types lists of
 * enums and of records as arrays of arrays, {@code Instant} as {@code object}, free maps with
 * {@code maxProperties: 0}, annotation examples as strings, and leaves error responses without a
 * body. Each correction is its own class; this runs them in order.
 */
public class ContractFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    RecordSchemas types =
        new RecordSchemas(DtoCatalogue.scan(), openAPI.getComponents().getSchemas());
    types.correct();
    new SuccessResponses(types, ResourceMethods.scan()).document(openAPI);
    new PageSchemas().add(openAPI);
    new ProblemResponses().document(openAPI);
    SchemaDefaults.strip(openAPI);
  }
}
