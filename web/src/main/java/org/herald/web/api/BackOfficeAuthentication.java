package org.herald.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.herald.web.api.problem.Problems;

/**
 * Admits a request only with {@code Authorization: Bearer <herald.backoffice.api-key>}. Without a
 * configured key the API admits no one, rather than everyone. {@link BackOfficeResources} puts it
 * before every resource but those of external systems ({@link ExternalSystemAccess}), which check
 * those systems' own keys, and {@link PublicAccess} ones, which take a signed link token.
 */
@Priority(Priorities.AUTHENTICATION)
public class BackOfficeAuthentication implements ContainerRequestFilter {

  static final String KEY_PROPERTY = "herald.backoffice.api-key";
  private static final String BEARER = "Bearer ";

  @Override
  public void filter(ContainerRequestContext request) {
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
