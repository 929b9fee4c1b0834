package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.error.IllegalTransitionException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.OrderedLists;

/** Keeps communication plans, refusing any a run could not send. */
@Stateless
public class CommunicationPlanService {

  @Inject CommunicationPlanRepository plans;
  @Inject RunDirectory directory;
  @Inject OrderedLists lists;

  public CommunicationPlan create(String code, CommunicationPlanDetails details) {
    Violations violations = new Violations();
    if (violations.code("code", code) && plans.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "a communication plan " + code + " exists");
    }
    Instant now = Instant.now();
    CommunicationPlan.Definition definition =
        new CommunicationPlanRules(directory).definition(details, now, violations);
    violations.throwIfAny();
    CommunicationPlan plan = new CommunicationPlan(code, definition, now);
    plans.add(plan);
    return plan;
  }

  /** Replaces everything but the code. */
  public CommunicationPlan update(String code, CommunicationPlanDetails details) {
    CommunicationPlan plan = get(code);
    Violations violations = new Violations();
    Instant now = Instant.now();
    CommunicationPlan.Definition definition =
        new CommunicationPlanRules(directory).definition(details, now, violations);
    violations.throwIfAny();
    lists.replace(plan::emptyLists, () -> plan.define(definition, now));
    return plan;
  }

  public CommunicationPlan get(String code) {
    return plans
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("communication plan", code));
  }

  /** Deletes a plan never sent; one with runs stays, as they refer to it (409). */
  public void delete(String code) {
    CommunicationPlan plan = get(code);
    if (plans.hasRuns(plan)) {
      throw new IllegalTransitionException(
          "communication plan " + code + " has runs; it is kept with them");
    }
    plans.remove(plan);
  }

  public ResultPage<CommunicationPlan> list(PageRequest page) {
    return plans.list(page);
  }
}
