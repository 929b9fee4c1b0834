package org.herald.automation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.herald.audit.AuditTrail;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.OrderedLists;
import org.herald.segment.Segment;
import org.herald.segment.SegmentRepository;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateRepository;

/** Keeps the automations: create, replace, read, list, delete, each change audited. */
@Stateless
public class AutomationService {

  public static final String AUDIT_SUBJECT = "automation";

  @Inject OrderedLists lists;
  @Inject AutomationRepository automations;
  @Inject TemplateRepository templates;
  @Inject SegmentRepository segments;
  @Inject AuditTrail audit;

  public Automation create(String code, AutomationDetails details) {
    Violations violations = new Violations();
    if (violations.code("code", code) && automations.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "automation " + code + " exists already");
    }
    AutomationRules.Checked checked = rules().check(details, violations);
    violations.throwIfAny();
    Automation automation = new Automation(code, checked, Instant.now());
    automations.add(automation);
    audit.record(AUDIT_SUBJECT, code, "created");
    return automation;
  }

  /** Replaces everything but the code. */
  public Automation update(String code, AutomationDetails details) {
    Automation automation = get(code);
    Violations violations = new Violations();
    AutomationRules.Checked checked = rules().check(details, violations);
    violations.throwIfAny();
    lists.replace(automation::emptyLists, () -> automation.revise(checked, Instant.now()));
    audit.record(AUDIT_SUBJECT, code, "changed");
    return automation;
  }

  public Automation get(String code) {
    return automations
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("automation", code));
  }

  public void delete(String code) {
    automations.remove(get(code));
    audit.record(AUDIT_SUBJECT, code, "deleted");
  }

  public ResultPage<Automation> list(String eventType, Boolean effective, PageRequest page) {
    return automations.list(eventType, effective, page);
  }

  private AutomationRules rules() {
    return new AutomationRules(
        new AutomationRules.Directory() {
          @Override
          public Optional<CommunicationTemplate> template(String code) {
            return templates.findByCode(code);
          }

          @Override
          public Optional<String> segmentEntityType(String code) {
            return segments.findByCode(code).map(Segment::getEntityType);
          }
        });
  }
}
