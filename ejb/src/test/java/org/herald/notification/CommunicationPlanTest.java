package org.herald.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.herald.api.Classification;
import org.herald.entity.EntityModel;
import org.junit.jupiter.api.Test;

/**
 * A plan as a run's source: its items are contacts, marketing needs the contact's opt-in unless its
 * runs override preferences, its communications inherit its expiry.
 */
class CommunicationPlanTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private static CommunicationPlan plan(Classification classification) {
    return plan(classification, RunExpiry.NONE, false);
  }

  private static CommunicationPlan plan(
      Classification classification, RunExpiry expiry, boolean overridePreferences) {
    return new CommunicationPlan(
        "SPRING",
        new CommunicationPlan.Definition(
            "Spring offer",
            classification,
            List.of("T"),
            null,
            List.of("SUBSCRIBERS"),
            expiry,
            overridePreferences),
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
    assertFalse(run.isOverridingPreferences());
  }

  @Test
  void itsCommunicationsInheritItsExpiryADateOrADurationAfterEachIsMade() {
    Instant end = Instant.parse("2026-12-31T22:00:00Z");
    assertEquals(
        end, plan(Classification.DIRECT_MARKETING, new RunExpiry(end, null), false).expiryFor(NOW));
    assertEquals(
        NOW.plusSeconds(3 * 86_400),
        plan(Classification.DIRECT_MARKETING, new RunExpiry(null, "P3D"), false).expiryFor(NOW));
  }

  @Test
  void aRunOfAnOverridingPlanKeepsTheOverrideThoughThePlanChangesLater() {
    CommunicationPlan plan = plan(Classification.DIRECT_MARKETING, RunExpiry.NONE, true);
    assertTrue(plan.isOverridePreferences());
    // The list stays: the run, not the plan, says whether consent is overridden.
    assertEquals(Classification.DIRECT_MARKETING, plan.consentList());
    NotificationRun run = new NotificationRun("NR000010", plan, null, "node-a", NOW);
    plan.define(
        new CommunicationPlan.Definition(
            "Spring offer",
            Classification.DIRECT_MARKETING,
            List.of("T"),
            null,
            List.of("SUBSCRIBERS"),
            RunExpiry.NONE,
            false),
        NOW);
    assertTrue(run.isOverridingPreferences());
    assertFalse(
        new NotificationRun("NR000011", plan, null, "node-a", NOW).isOverridingPreferences());
  }
}
