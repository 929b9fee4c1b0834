package org.herald.web.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.herald.api.problem.Problem;

/**
 * The error page (web.xml) for what the servlet container refuses before JAX-RS sees a request: a
 * path that normalises out of the API ({@code /api/v1/..%2F..%2FWEB-INF}) or names nothing. Under
 * {@code /api/} it answers a problem, as the API does; elsewhere a plain page without the server's
 * name and version.
 */
@WebServlet(ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

  public static final String PATH = "/container-error";
  private static final String FORBIDDEN_PAGE = "/forbidden.html";
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    if (Integer.valueOf(403).equals(code) && isPortalPage(request, path)) {
      // A login without the role a portal page needs: the portal's own page says so.
      response.setStatus(403);
      request.getRequestDispatcher(FORBIDDEN_PAGE).forward(request, response);
      return;
    }
    // A forbidden path (WEB-INF) is answered as absent: it is not the client's to know of.
    int status = code instanceof Integer i && i != 403 ? i : 404;
    String title = title(status);
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (path.startsWith(request.getContextPath() + "/api/")) {
      response.setContentType(Problem.MEDIA_TYPE);
      String detail =
          status == 404
              ? "No resource at this path (after decoding and normalising it)"
              : "The server refused the request before the API read it";
      JSONB.toJson(
          new Problem(
              Problem.type(title.toLowerCase().replace(' ', '-')),
              title,
              status,
              detail,
              List.of()),
          response.getWriter());
    } else {
      response.setContentType("text/html");
      response
          .getWriter()
          .write("<!DOCTYPE html><title>" + title + "</title><h1>" + title + "</h1>");
    }
  }

  private static boolean isPortalPage(HttpServletRequest request, String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return !path.startsWith(request.getContextPath() + "/api/")
        && !lower.contains("/web-inf")
        && !lower.contains("/meta-inf");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      default -> status >= 500 ? "Internal error" : "Error";
    };
  }
}
