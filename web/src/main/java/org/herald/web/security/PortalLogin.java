package org.herald.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The portal logs in through the server's own form mechanism: a protected page redirects a caller
 * without a session to the login page, which authenticates against {@link PortalIdentityStore} and
 * continues to the page first asked for. Which URLs are protected, and for which roles, is in
 * web.xml: the REST API, OpenAPI, health, tracking and dynamic links are not, and keep their own
 * credentials.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "OPERATOR", "VIEWER"})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class PortalLogin {}
