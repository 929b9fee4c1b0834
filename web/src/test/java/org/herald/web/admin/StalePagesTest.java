package org.herald.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

class StalePagesTest {

  @Test
  void aStalePageIsReloadedWithoutWhatMadeItAPostback() {
    assertEquals(
        "/herald/users.xhtml", StalePages.withoutPostbackState("/herald/users.xhtml", null));
    assertEquals(
        "/herald/users.xhtml",
        StalePages.withoutPostbackState("/herald/users.xhtml", "jakarta.faces.ViewState=x"));
    assertEquals(
        "/herald/contact.xhtml?number=C1&tab=2",
        StalePages.withoutPostbackState(
            "/herald/contact.xhtml",
            "number=C1&jakarta.faces.ViewState=1%3A2&primefaces.nonce=abc&&tab=2"));
  }

  @Test
  void onlyAnExpiredViewOrAForeignNonceIsStale() {
    assertTrue(StalePages.isStale(new ViewExpiredException("gone", "/users.xhtml")));
    assertTrue(StalePages.isStale(new FacesException(new CspException("nonce mismatch"))));
    assertTrue(
        StalePages.isStale(new ServletException(new FacesException(new ViewExpiredException()))));
    assertFalse(StalePages.isStale(new FacesException(new IllegalStateException("a bug"))));
    assertFalse(StalePages.isStale(null));
  }
}
