package org.herald.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.herald.web.api.problem.Problems;

/**
 * Admits a request only with {@code Authorization: Bearer <herald.backoffice.api-key>}. Without a
 * configured key the API admits no one, rather than everyone. Resources for external systems
 * ({@link ExternalSystemAccess}) check those systems' own keys instead; {@link PublicAccess} ones a
 * signed link token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BackOfficeAuthentication implements ContainerRequestFilter {

  static final String KEY_PROPERTY = "herald.backoffice.api-key";
  private static final String BEARER = "Bearer ";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> target = resource.getResourceClass();
    if (target != null && target.isAnnotationPresent(ExternalSystemAccess.class)) {
      return; // external systems present keys of their own
    }
    if (target != null && target.isAnnotationPresent(PublicAccess.class)) {
      return; // recipients present a signed link token instead
    }
    Optional<String> expected =
        ConfigProvider.getConfig()
            .getOptionalValue(KEY_PROPERTY, String.class)
            .filter(k -> !k.isBlank());
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (expected.isEmpty()) {
      request.abortWith(
          Problems.unauthorized("No back-office API key is configured (" + KEY_PROPERTY + ")"));
    } else if (header == null || !header.startsWith(BEARER)) {
      request.abortWith(Problems.unauthorized("Missing bearer key in the Authorization header"));
    } else if (!matches(header.substring(BEARER.length()).trim(), expected.get())) {
      request.abortWith(Problems.unauthorized("The bearer key is not valid"));
    }
  }

  /** Constant-time, so response timing tells nothing about the key. */
  private static boolean matches(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
