package org.herald.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.herald.api.Classification;
import org.herald.entity.EntityModel;
import org.junit.jupiter.api.Test;

/** A plan as a run's source: its items are contacts, and marketing needs the contact's opt-in. */
class CommunicationPlanTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private static CommunicationPlan plan(Classification classification) {
    return new CommunicationPlan(
        "SPRING",
        new CommunicationPlan.Definition(
            "Spring offer", classification, List.of("T"), null, List.of("SUBSCRIBERS")),
        NOW);
  }

  @Test
  void aMarketingPlanAsksForTheOptInToItsListAndOthersGoToEveryMember() {
    assertEquals(
        Classification.DIRECT_MARKETING, plan(Classification.DIRECT_MARKETING).consentList());
    assertEquals(
        Classification.AFFILIATE_MARKETING, plan(Classification.AFFILIATE_MARKETING).consentList());
    assertNull(plan(Classification.CUSTOMER_CARE).consentList());
    assertNull(plan(Classification.FINANCIAL).consentList());
  }

  @Test
  void itsRunsItemsAreContactsAndItsRunKnowsItsSource() {
    CommunicationPlan plan = plan(Classification.DIRECT_MARKETING);
    assertEquals(EntityModel.CONTACT_INFORMATION, plan.getItemType());
    assertNull(plan.expiryFor(NOW));
    NotificationRun run = new NotificationRun("NR000009", plan, null, "node-a", NOW);
    assertEquals(plan, run.source());
    assertNull(run.getType());
    assertEquals(RunState.RUNNING, run.getState());
  }
}
