package org.herald.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.herald.api.problem.FieldError;

/** What the portal's beans tell the admin, as Faces messages. */
final class PortalMessages {

  private PortalMessages() {}

  /**
   * A service's field errors: each names its field path (the summary, as the REST API names it) and
   * is attached to the input that holds the field, which is marked invalid, so it shows beside that
   * input and in the page's message list. A field without a rendered input gets a global message.
   *
   * @param inputId the id (not the client id) of the input holding a field path, or null
   */
  static void fieldErrors(List<FieldError> errors, Function<String, String> inputId) {
    FacesContext context = FacesContext.getCurrentInstance();
    for (FieldError error : errors) {
      FacesMessage message =
          new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field(), error.message());
      context.addMessage(clientId(context, inputId.apply(error.field())), message);
    }
    context.validationFailed();
  }

  static void info(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, summaryOnly(FacesMessage.SEVERITY_INFO, summary));
  }

  static void error(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, summaryOnly(FacesMessage.SEVERITY_ERROR, summary));
  }

  /**
   * A message that is all summary. Its detail is empty rather than null: a null detail reads as the
   * summary, and the page's message list, which shows both, would say it twice.
   */
  private static FacesMessage summaryOnly(FacesMessage.Severity severity, String summary) {
    return new FacesMessage(severity, summary, "");
  }

  /** Keeps this request's messages for the page a redirect leads to. */
  static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Ids inside tabs and loops get prefixes, so the rendered input is looked up by its own id. */
  private static String clientId(FacesContext context, String id) {
    if (id == null) {
      return null;
    }
    String[] found = new String[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
            (visit, component) -> {
              if (!id.equals(component.getId())) {
                return VisitResult.ACCEPT;
              }
              if (component instanceof UIInput input) {
                input.setValid(false);
              }
              found[0] = component.getClientId(visit.getFacesContext());
              return VisitResult.COMPLETE;
            });
    return found[0];
  }
}
