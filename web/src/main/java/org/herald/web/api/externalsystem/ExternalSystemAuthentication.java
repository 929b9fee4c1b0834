package org.herald.web.api.externalsystem;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.herald.externalsystem.ExternalSystemKeys;
import org.herald.web.api.ExternalSystemAccess;
import org.herald.web.api.problem.Problems;

/**
 * Admits an external system by its own key ({@code Authorization: Bearer hsk_…}) and makes it the
 * request's principal and its {@link CallingSystem}; the back-office key does not open these
 * resources.
 */
@Provider
@ExternalSystemAccess
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ExternalSystemAuthentication implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject ExternalSystemKeys keys;
  @Inject CallingSystem caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith(BEARER)) {
      request.abortWith(Problems.unauthorized("Missing the external system's bearer key"));
      return;
    }
    keys.authenticate(header.substring(BEARER.length()).trim())
        .ifPresentOrElse(
            system -> {
              caller.authenticated(system);
              request.setSecurityContext(new SystemContext(system.getCode(), request));
            },
            () -> request.abortWith(Problems.unauthorized("The bearer key is not valid")));
  }

  /** The calling system as the request's principal. */
  private record SystemContext(String code, ContainerRequestContext request)
      implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return () -> code;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return "https".equals(request.getUriInfo().getRequestUri().getScheme());
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
