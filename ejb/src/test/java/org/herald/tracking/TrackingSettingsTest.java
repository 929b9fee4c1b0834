package org.herald.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class TrackingSettingsTest {

  @Test
  void aBareHostAFullUrlOrNothingIsAnEndPoint() {
    assertEquals(
        "crm.example.com", TrackingSettings.of(true, " crm.example.com ", null, "ALL").endPoint());
    assertEquals(
        "http://crm.example.com:8080/crm",
        TrackingSettings.of(true, "HTTP://crm.example.com:8080/crm", null, "ALL").endPoint());
    assertEquals(null, TrackingSettings.of(true, "  ", "", "ALL").endPoint());
    assertEquals(null, TrackingSettings.of(true, "  ", "", "ALL").customUrl());
  }

  @Test
  void aCustomUrlMayHaveAQuery() {
    assertEquals(
        "https://crm.example.com/track?src=mail",
        TrackingSettings.of(true, null, "https://crm.example.com/track?src=mail", "ALL")
            .customUrl());
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                TrackingSettings.of(
                    true, "ftp://files.example.com", "crm.example.com/t", "SOMETIMES"));

    assertEquals(
        List.of("scope", "endPoint", "customUrl"),
        refused.errors().stream().map(FieldError::field).toList());
    assertEquals("UNKNOWN_VALUE", refused.errors().get(0).code());
  }

  @Test
  void addressesThatCannotTakeATokenAreRefused() {
    assertRefused("endPoint", "https://crm.example.com/?a=1", null);
    assertRefused("endPoint", "not a host", null);
    assertRefused("endPoint", "https://user@crm.example.com", null);
    assertRefused("customUrl", null, "https://crm.example.com/t#x");
    assertRefused("customUrl", null, "javascript:alert(1)");
    assertRefused("customUrl", null, "https://" + "x".repeat(2000) + ".example.com");
  }

  @Test
  void aScopeIsRequired() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> TrackingSettings.of(false, null, null, null));
    assertEquals("REQUIRED", refused.errors().get(0).code());
  }

  @Test
  void notificationsScopeTracksOnlyNotificationRuns() {
    TrackingSettings notifications = TrackingSettings.of(true, null, null, "NOTIFICATIONS");
    assertTrue(notifications.appliesTo(true));
    assertFalse(notifications.appliesTo(false));
    assertTrue(TrackingSettings.of(true, null, null, "ALL").appliesTo(false));
    assertFalse(TrackingSettings.of(false, null, null, "ALL").appliesTo(true));
  }

  private static void assertRefused(String field, String endPoint, String customUrl) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TrackingSettings.of(true, endPoint, customUrl, "ALL"));
    assertEquals(List.of(field), refused.errors().stream().map(FieldError::field).toList());
  }
}
