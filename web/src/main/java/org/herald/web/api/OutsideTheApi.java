package org.herald.web.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import java.io.IOException;
import org.herald.web.api.problem.ContainerErrorPage;

/**
 * A path under {@code /api/} that normalises out of the API ({@code /api/v1/..%2Fopenapi}) names no
 * resource, whatever its method: it is answered as {@link ContainerErrorPage} answers a 404, a
 * problem. Left to the container, the default servlet would serve it, and answer a method it does
 * not know (PATCH) with an HTML 501.
 */
@WebFilter(urlPatterns = "/api/*")
public class OutsideTheApi implements Filter {

  private static final String API =
      "/" + HeraldApi.class.getAnnotation(ApplicationPath.class).value();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && !http.getServletPath().startsWith(API)) {
      // As the container's error dispatch would say it: the page answers the path asked for.
      request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
      request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, http.getRequestURI());
      request.getRequestDispatcher(ContainerErrorPage.PATH).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
