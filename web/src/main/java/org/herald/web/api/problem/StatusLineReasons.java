package org.herald.web.api.problem;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.lang.reflect.Field;

/**
 * Gives the API's 422 answers their reason phrase, {@code 422 Unprocessable Content} (RFC 9110).
 * Servlet 6 dropped {@code setStatus(int, String)}, so Jersey can only pass the code, and Payara's
 * HTTP layer (Grizzly) knows no phrase for 422 and writes {@code 422 CUSTOM}, which some clients
 * show as is. The phrase is set on Grizzly's response, reached by reflection; on a server whose
 * internals differ, nothing changes (servers with a phrase for 422 need none of this).
 */
@WebFilter(urlPatterns = "/api/*")
public class StatusLineReasons implements Filter {

  static final int UNPROCESSABLE_CONTENT = 422;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        request, response instanceof HttpServletResponse http ? new WithReason(http) : response);
  }

  private static final class WithReason extends HttpServletResponseWrapper {

    WithReason(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status);
      if (status == UNPROCESSABLE_CONTENT) {
        reason(getResponse(), status, Problems.reasonPhrase(status));
      }
    }
  }

  /** Payara: ResponseFacade.response (Catalina) → getCoyoteResponse() (Grizzly) → setStatus. */
  private static void reason(ServletResponse response, int status, String phrase) {
    ServletResponse bare = response;
    while (bare instanceof ServletResponseWrapper wrapper) {
      bare = wrapper.getResponse();
    }
    try {
      Object catalina = field(bare, "response");
      Object grizzly = catalina.getClass().getMethod("getCoyoteResponse").invoke(catalina);
      grizzly
          .getClass()
          .getMethod("setStatus", int.class, String.class)
          .invoke(grizzly, status, phrase);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another server: its own phrase stands
    }
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
      } catch (NoSuchFieldException e) {
        // up the hierarchy
      }
    }
    throw new NoSuchFieldException(name);
  }
}
