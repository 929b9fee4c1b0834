package org.herald.web.admin;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.primefaces.csp.CspException;
import org.primefaces.util.Constants;

/**
 * A portal page the server can no longer answer as a postback — its view is gone (the session
 * expired, the server restarted) or was never the server's, or its CSP nonce is not the session's —
 * is loaded afresh instead of failing with a 500: a redirect to the same page without the stale
 * state (a partial-response redirect for an Ajax request), which goes through the login first when
 * the session is gone. Every other exception goes on to the default handling.
 */
public class StalePages extends ExceptionHandlerWrapper {

  /** Request parameters that make a request a postback of one particular page. */
  private static final String[] POSTBACK_PARAMETERS = {
    ResponseStateManager.VIEW_STATE_PARAM, Constants.RequestParams.NONCE_PARAM
  };

  public StalePages(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (isStale(events.next().getContext().getException())) {
        events.remove();
        reload(FacesContext.getCurrentInstance());
      }
    }
    getWrapped().handle();
  }

  static boolean isStale(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException || cause instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  private static void reload(FacesContext faces) {
    if (faces.getResponseComplete()) {
      return; // a second stale event of the same request: already redirected
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      external.redirect(withoutPostbackState(request.getRequestURI(), request.getQueryString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      throw new FacesException("The stale page could not be reloaded", e);
    }
  }

  /** The page's address with its query, less what made the request a postback. */
  static String withoutPostbackState(String path, String query) {
    if (query == null) {
      return path;
    }
    String kept =
        Arrays.stream(query.split("&"))
            .filter(parameter -> !parameter.isEmpty() && !isPostbackParameter(parameter))
            .collect(Collectors.joining("&"));
    return kept.isEmpty() ? path : path + "?" + kept;
  }

  private static boolean isPostbackParameter(String parameter) {
    String name = parameter.split("=", 2)[0];
    return Arrays.stream(POSTBACK_PARAMETERS).anyMatch(name::equalsIgnoreCase);
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new StalePages(getWrapped().getExceptionHandler());
    }
  }
}
