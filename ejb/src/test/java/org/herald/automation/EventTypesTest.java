package org.herald.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.herald.api.Medium;
import org.herald.entity.EntityField;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The event catalogue comes from the entity model; send-to rules fit the media chosen. */
class EventTypesTest {

  @Test
  void theSeedsEventsAreInTheCatalogue() {
    EventTypes catalogue = EventTypes.crm();
    for (String name :
        List.of(
            "subscription.activated",
            "subscription.effective",
            "payment.posted",
            "bill.issued",
            "service_request.responded",
            "service_request.closed",
            "contact_information.registered")) {
      assertTrue(catalogue.find(name).isPresent(), name);
    }
    assertEquals("payment", catalogue.find("payment.posted").orElseThrow().entityType());
    assertTrue(catalogue.find("payment.exploded").isEmpty());
  }

  @Test
  void aTypeAddedToTheModelHasItsEventsAtOnce() {
    EventTypes catalogue =
        new EventTypes(
            new EntityModel(
                List.of(
                    new EntityType(
                        EntityModel.CONTACT_INFORMATION, List.of(EntityField.text("number"))),
                    new EntityType("order", List.of(EntityField.text("number"))))));
    assertTrue(catalogue.find("order.created").isPresent());
    assertTrue(catalogue.find("order.updated").isPresent());
  }

  @Test
  void sendToIsAllPrimaryOrATypeOfEveryMediumChosen() {
    assertEquals(SendTo.PRIMARY, SendTo.parse(null, EnumSet.of(Medium.EMAIL)));
    assertEquals(SendTo.ALL, SendTo.parse("ALL", EnumSet.of(Medium.EMAIL, Medium.SMS)));
    assertEquals("WORK", SendTo.parse("WORK", EnumSet.of(Medium.EMAIL, Medium.SMS)).name());
    assertEquals("MOBILE", SendTo.parse("MOBILE", EnumSet.of(Medium.SMS)).name());
    assertThrows(
        InvalidValueException.class,
        () -> SendTo.parse("MOBILE", EnumSet.of(Medium.EMAIL, Medium.SMS)));
    assertThrows(
        InvalidValueException.class, () -> SendTo.parse("SOMEWHERE", EnumSet.of(Medium.SMS)));
  }
}
