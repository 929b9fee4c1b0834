package org.herald.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login page's form: hands the credentials to the container's form mechanism. */
@Named("loginForm")
@RequestScoped
public class LoginForm {

  /** One message for every refusal, so it tells no one which names exist or are locked. */
  static final String REFUSED =
      "Wrong user name or password. After repeated failures, logging in waits a while.";

  @Inject SecurityContext security;

  private String username;
  private String password;

  public String login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getSession(false) != null) {
      // A session id someone planted before the login must not become the logged-in one.
      request.changeSessionId();
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            // Not a "new authentication": that would drop the page first asked for.
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password))));
    return switch (status) {
      case SEND_CONTINUE -> {
        faces.responseComplete(); // the mechanism redirects to the page first asked for
        yield null;
      }
      case SUCCESS -> "/index?faces-redirect=true";
      default -> {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, ""));
        yield null;
      }
    };
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
