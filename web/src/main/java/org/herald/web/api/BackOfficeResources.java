package org.herald.web.api;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Puts {@link BackOfficeAuthentication} before each resource method of the back office: all but
 * those external systems call with their own keys ({@link ExternalSystemAccess}) and those
 * recipients reach with a signed token ({@link PublicAccess}). Decided once a method, when the
 * application starts: a filter that looked at every request's resource took a request-scoped
 * look-up through the injection manager each time (3 % of a create's CPU).
 */
@Provider
public class BackOfficeResources implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (isBackOffice(resource.getResourceClass(), resource.getResourceMethod())) {
      context.register(BackOfficeAuthentication.class);
    }
  }

  static boolean isBackOffice(AnnotatedElement type, AnnotatedElement method) {
    return Stream.of(type, method)
        .filter(Objects::nonNull)
        .noneMatch(
            element ->
                element.isAnnotationPresent(ExternalSystemAccess.class)
                    || element.isAnnotationPresent(PublicAccess.class));
  }
}
