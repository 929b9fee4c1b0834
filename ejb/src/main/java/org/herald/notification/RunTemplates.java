package org.herald.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.template.CommunicationTemplate;

/**
 * The templates of a run's source (a notification type, a communication plan): at least one, each
 * known, effective, outgoing and fit for the source's items, one per medium, every one delivered by
 * the source's one integration. Every problem is named as {@code templates[i]}.
 */
final class RunTemplates {

  private static final Set<Medium> HERALD_MEDIA = EnumSet.of(Medium.EMAIL, Medium.SMS);

  /** Why a template does not fit the source's items (code NOT_FOR_ITEM); null when it does. */
  interface Fit {
    String problem(CommunicationTemplate template);
  }

  private RunTemplates() {}

  static List<String> check(
      List<String> given,
      Function<String, Optional<CommunicationTemplate>> find,
      ExternalSystem system,
      Fit fit,
      Violations violations) {
    if (given.isEmpty()) {
      violations.add("templates", "REQUIRED", "name at least one template");
    }
    List<String> codes = new ArrayList<>();
    Set<Medium> media = EnumSet.noneOf(Medium.class);
    for (int i = 0; i < given.size(); i++) {
      String field = "templates[" + i + "]";
      String code = given.get(i);
      if (code == null || code.isBlank()) {
        violations.add(field, "REQUIRED", "is required");
        continue;
      }
      codes.add(code);
      CommunicationTemplate template = find.apply(code).orElse(null);
      if (template == null) {
        violations.add(field, "UNKNOWN_TEMPLATE", "no template " + code);
        continue;
      }
      if (!template.isEffective()) {
        violations.add(field, "NOT_EFFECTIVE", "template " + code + " is not effective");
      }
      if (template.getDirection() != Direction.OUTGOING) {
        violations.add(field, "NOT_OUTGOING", "template " + code + " is not outgoing");
      }
      String problem = fit.problem(template);
      if (problem != null) {
        violations.add(field, "NOT_FOR_ITEM", "template " + code + " " + problem);
      }
      if (!media.add(template.getMedium())) {
        violations.add(
            field, "DUPLICATE_MEDIUM", "another template is already for " + template.getMedium());
      }
      integration(field, template, system, violations);
    }
    return codes;
  }

  /** Every template goes through the source's one integration. */
  private static void integration(
      String field, CommunicationTemplate template, ExternalSystem system, Violations violations) {
    String handler = template.getExternalSystemCode();
    if (system == null) {
      if (handler != null) {
        violations.add(
            field,
            "INTEGRATION_MISMATCH",
            "template " + template.getCode() + " is for external system " + handler);
      } else if (!HERALD_MEDIA.contains(template.getMedium())) {
        violations.add(
            field,
            "MEDIUM_NOT_SENT",
            "Herald sends EMAIL and SMS; name an external system for " + template.getMedium());
      }
      return;
    }
    if (handler != null && !handler.equals(system.getCode())) {
      violations.add(
          field,
          "INTEGRATION_MISMATCH",
          "template " + template.getCode() + " is for external system " + handler);
    }
    if (!system.supports(template.getMedium())) {
      violations.add(
          field,
          "MEDIUM_NOT_SUPPORTED",
          system.getCode() + " does not support " + template.getMedium());
    }
  }
}
