package org.herald.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.herald.user.PortalUserService;

/**
 * What every portal page carries besides PrimeFaces' own script policy (primefaces.CSP in web.xml,
 * with a nonce per response): no framing, no sniffing, no referrer to other sites, no caching of
 * pages that show customer data. A second Content-Security-Policy header is enforced together with
 * PrimeFaces' one, so error pages the container writes are covered too. A user an admin disabled is
 * logged out at the next request instead of keeping a session until it expires.
 */
@WebFilter(
    urlPatterns = {"*.xhtml", "", "/forbidden.html"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PortalHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

  @Inject transient PortalUserService users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.getRequestURI().contains("/jakarta.faces.resource/")) {
      chain.doFilter(request, response); // scripts and styles: cacheable, no user to check
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    if (request.getUserPrincipal() != null
        && !users.isEnabled(request.getUserPrincipal().getName())) {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }
}
