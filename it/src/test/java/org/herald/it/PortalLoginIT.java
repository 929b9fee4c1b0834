package org.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.it.support.AdminBrowser;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Browser;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.PortalUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The portal is behind a login: logged-out requests go to the login page and continue after it, a
 * wrong password is refused with one message for every refusal, repeated failures lock the name
 * until an admin resets the password, and log out ends the session. The REST API, OpenAPI and
 * health keep their own access; portal pages carry the security headers and a hardened cookie.
 */
class PortalLoginIT {

  private static final String REFUSED = "Wrong user name or password";

  @RegisterExtension static final AdminBrowser ADMIN_SESSION = new AdminBrowser();

  @Test
  void aLoggedOutRequestGoesToTheLoginPageAndContinuesToThePageAskedFor() {
    try (Browser browser = Browser.open()) {
      browser.go("/herald/templates.xhtml");
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
      browser.screenshot("login");

      browser.logIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
      browser.await(d -> d.getCurrentUrl().contains("/templates.xhtml"));
      assertEquals(Browser.ADMIN, browser.text("caller"));
      assertEquals("ADMIN", browser.text("callerRole"));

      browser.driver().findElement(By.id("sessionForm:logout")).click();
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
      browser.go("/herald/");
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    String viewer = PortalUsers.add(admin(), "VIEWER");
    try (Browser browser = Browser.open()) {
      browser.submitLogin(viewer, "not-the-password");
      browser.await(d -> browser.text("loginForm:messages").contains(REFUSED));
      browser.submitLogin("nobody-" + viewer, PortalUsers.PASSWORD);
      browser.await(d -> browser.text("loginForm:messages").contains(REFUSED));
      browser.go("/herald/");
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
    }
  }

  @Test
  void repeatedFailuresLockTheNameUntilAnAdminResetsThePassword() {
    String operator = PortalUsers.add(admin(), "OPERATOR");
    try (Browser browser = Browser.open()) {
      for (int i = 0; i < 5; i++) {
        browser.submitLogin(operator, "guess-" + i);
        browser.await(d -> browser.text("loginForm:messages").contains(REFUSED));
      }
      assertNotNull(
          Database.text("SELECT locked_until FROM portal_user WHERE username = ?", operator));

      browser.submitLogin(operator, PortalUsers.PASSWORD);
      browser.await(d -> browser.text("loginForm:messages").contains(REFUSED));
      assertTrue(browser.driver().findElements(By.id("sessionForm:logout")).isEmpty());

      admin().go("/herald/users.xhtml");
      admin().await(d -> admin().text("usersForm:users").contains(operator));
      assertTrue(
          admin().text("usersForm:users").contains("enabled, locked"), "the screen shows the lock");
      admin().driver().findElement(By.linkText(operator)).click();
      admin().await(d -> !d.findElements(By.id("usersForm:password")).isEmpty());
      admin().driver().findElement(By.id("usersForm:password")).sendKeys("a-brand-new-password");
      admin().driver().findElement(By.id("usersForm:resetPassword")).click();
      admin().await(d -> admin().text("usersForm:messages").contains("Password of " + operator));
      assertEquals(
          null, Database.text("SELECT locked_until FROM portal_user WHERE username = ?", operator));

      browser.logIn(operator, "a-brand-new-password");
      assertEquals("OPERATOR", browser.text("callerRole"));
    }
  }

  @Test
  void aPageWhoseStateIsGoneIsLoadedAfreshInsteadOfFailing() {
    // A postback of a view the server does not have (its session expired, the server restarted):
    // the page again, without the stale state, rather than a 500.
    ApiResponse stale =
        HeraldClient.withKey(null).page("/herald/login.xhtml?jakarta.faces.ViewState=1%3A2&x=y");
    assertEquals(302, stale.status(), stale::toString);
    assertTrue(
        stale.header("Location").orElseThrow().endsWith("/herald/login.xhtml?x=y"),
        stale::toString);

    try (Browser browser = Browser.open()) {
      browser.logIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
      browser.go("/herald/contacts.xhtml");
      browser.await(d -> !d.findElements(By.id("sessionForm:logout")).isEmpty());
      browser.driver().manage().deleteCookieNamed("JSESSIONID"); // the session ends under the page
      browser.driver().findElement(By.id("sessionForm:logout")).click();
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml"));
      assertFalse(browser.driver().getPageSource().contains("Error report"));
      browser.logIn(Browser.ADMIN, Browser.ADMIN_PASSWORD);
      assertEquals("ADMIN", browser.text("callerRole"));
    }
  }

  @Test
  void theApiHealthAndOpenApiNeedNoLoginAndKeepTheirOwnAccess() {
    HeraldClient anonymous = HeraldClient.withKey(null);
    ApiResponse api = anonymous.get("/contacts");
    assertEquals(401, api.status(), "the bearer key, not the portal login");
    assertTrue(api.contentType().startsWith("application/problem+json"), api::toString);
    assertEquals(200, HeraldClient.backOffice().get("/contacts").status());
    assertEquals(200, anonymous.page("/health").status());
    assertEquals(200, anonymous.page("/openapi").status());
  }

  @Test
  void portalPagesCarryTheSecurityHeadersAndAHardenedSessionCookie() {
    ApiResponse index = HeraldClient.withKey(null).page("/herald/");
    assertEquals(302, index.status());
    assertTrue(index.header("Location").orElseThrow().contains("/login.xhtml"));

    ApiResponse login = HeraldClient.withKey(null).page("/herald/login.xhtml");
    assertEquals(200, login.status());
    List<String> policies = login.raw().headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies::toString);
    assertTrue(
        policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")),
        "PrimeFaces' nonce: " + policies);
    assertEquals("nosniff", login.header("X-Content-Type-Options").orElse(null));
    assertEquals("DENY", login.header("X-Frame-Options").orElse(null));
    assertEquals("same-origin", login.header("Referrer-Policy").orElse(null));
    assertEquals("no-store", login.header("Cache-Control").orElse(null));
    String cookie =
        login.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.raw().headers()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertFalse(cookie.contains("Secure"), "plain http here: Secure only behind https; " + cookie);
  }

  private static Browser admin() {
    return ADMIN_SESSION.get();
  }
}
