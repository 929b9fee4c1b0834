package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.notification.CommunicationPlan;
import org.herald.notification.CommunicationPlanDetails;
import org.herald.notification.CommunicationPlanService;
import org.herald.notification.NotificationRun;
import org.herald.notification.NotificationRunRepository;
import org.herald.notification.NotificationRunService;
import org.herald.template.TemplateFilter;
import org.herald.template.TemplateService;
import org.herald.web.security.PortalAccess;

/**
 * The communication plan editor: name, classification, a template per medium to the contact alone,
 * the one integration, the segments, the expiry and the override of contact preferences, saved
 * whole through the service the REST resource uses (each broken rule beside its field, under the
 * API's name for it); and, once the plan exists, its sends: now (then its run's page follows it) or
 * once at a time, and its runs with their counts.
 */
@Named("communicationPlanEditor")
@ViewScoped
public class CommunicationPlanEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CommunicationPlanService plans;
  @Inject transient NotificationRunService runService;
  @Inject transient TemplateService templateService;
  @Inject transient DisplayTime displayTime;
  @Inject transient PortalAccess access;

  private String code;
  private boolean found = true;
  private String newCode;
  private String name;
  private String classification = Classification.DIRECT_MARKETING.name();
  private List<String> templates = new ArrayList<>();
  private String externalSystem;
  private List<String> segments = new ArrayList<>();
  private String expiresAfter;
  private LocalDateTime expiresAt;
  private boolean overridePreferences;
  private List<SelectItem> templateOptions;
  private OnceAt once;
  private ServicePages<NotificationRun> runs;

  @PostConstruct
  void init() {
    once = new OnceAt(displayTime.getZone());
  }

  /** Called by the page's viewAction once the code parameter is set (never on a postback). */
  public void load() {
    if (code == null || code.isBlank()) {
      code = null;
      return;
    }
    try {
      show(plans.get(code));
    } catch (UnknownResourceException e) {
      found = false;
      return;
    }
    NotificationRunService service = runService;
    String plan = code;
    runs =
        new ServicePages<>(
            page -> service.listOfPlan(plan, page),
            NotificationRun::getNumber,
            NotificationRunRepository.SORTABLE.keySet(),
            "createdAt",
            false);
  }

  private void show(CommunicationPlan plan) {
    code = plan.getCode();
    name = plan.getName();
    classification = plan.getClassification().name();
    templates = new ArrayList<>(plan.getTemplates());
    externalSystem = plan.getExternalSystem() == null ? null : plan.getExternalSystem().getCode();
    segments = new ArrayList<>(plan.getSegments());
    expiresAfter = plan.getExpiresAfter();
    expiresAt =
        plan.getExpiresAt() == null ? null : LocalDateTime.ofInstant(plan.getExpiresAt(), zone());
    overridePreferences = plan.isOverridePreferences();
  }

  public String save() {
    if (!access.mayEdit()) {
      return null;
    }
    CommunicationPlanDetails details =
        new CommunicationPlanDetails(
            blankToNull(name),
            classification,
            templates,
            blankToNull(externalSystem),
            segments,
            expiresAt == null ? null : expiresAt.atZone(zone()).toInstant(),
            blankToNull(expiresAfter),
            overridePreferences);
    try {
      if (code == null) {
        CommunicationPlan created = plans.create(blankToNull(newCode), details);
        PortalMessages.info("Communication plan " + created.getCode() + " created");
        PortalMessages.keepForRedirect();
        return "/communication-plan?faces-redirect=true&code=" + created.getCode();
      }
      show(plans.update(code, details));
      PortalMessages.info("Communication plan " + code + " saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), CommunicationPlanEditor::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Communication plan " + code + " was deleted meanwhile");
    }
    return null;
  }

  /** Sends the plan now and opens its run, to follow its progress. */
  public String sendNow() {
    if (!access.mayEdit()) {
      return null;
    }
    try {
      NotificationRun run = runService.startPlan(code, null).run();
      PortalMessages.info("Communication plan " + code + " sent by run " + run.getNumber());
      PortalMessages.keepForRedirect();
      return "/notification-run?faces-redirect=true&number=" + run.getNumber();
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), CommunicationPlanEditor::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Communication plan " + code + " was deleted meanwhile");
    }
    return null;
  }

  /** Schedules one send of the plan at a local time in a time zone. */
  public void scheduleOnce() {
    if (!access.mayEdit()) {
      return;
    }
    try {
      NotificationRun run = runService.startPlan(code, once.instant()).run();
      PortalMessages.info(
          "Communication plan "
              + code
              + " scheduled for "
              + displayTime.format(run.getScheduledFor())
              + " (run "
              + run.getNumber()
              + ")");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), CommunicationPlanEditor::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Communication plan " + code + " was deleted meanwhile");
    }
  }

  /**
   * The input holding a field path; every template or segment error ({@code templates[1]}) sits by
   * its list.
   */
  private static String inputOf(String field) {
    if (field.startsWith("templates")) {
      return "templates";
    }
    if (field.startsWith("segments")) {
      return "segments";
    }
    return switch (field) {
      case "code",
          "name",
          "classification",
          "externalSystem",
          "expiresAt",
          "expiresAfter",
          "scheduledFor",
          "scheduleZone" ->
          field;
      default -> null;
    };
  }

  private ZoneId zone() {
    return ZoneId.of(displayTime.getZone());
  }

  /** Any classification: marketing ones ask for the contact's opt-in unless overridden. */
  public List<String> getClassifications() {
    return Stream.of(Classification.values()).map(Enum::name).toList();
  }

  /**
   * Effective outgoing templates to the contact alone (no notification item, no referring entity
   * types), labelled with their medium; the service says which rule a choice breaks.
   */
  public List<SelectItem> getTemplateOptions() {
    if (templateOptions == null) {
      templateOptions =
          ServicePages.every(
                  page -> templateService.list(new TemplateFilter(null, null, null, true), page),
                  "code")
              .stream()
              .filter(t -> t.getDirection() == Direction.OUTGOING)
              .filter(t -> t.getNotificationItem() == null)
              .filter(t -> t.getReferringEntityTypes().isEmpty())
              .map(t -> new SelectItem(t.getCode(), RunSourceFields.label(t)))
              .toList();
    }
    return templateOptions;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public boolean isCreating() {
    return code == null;
  }

  public boolean isFound() {
    return found;
  }

  /** The plan's runs, newest first (none before it exists). */
  public ServicePages<NotificationRun> getRuns() {
    return runs;
  }

  /** When the plan is sent once. */
  public OnceAt getOnce() {
    return once;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getClassification() {
    return classification;
  }

  public void setClassification(String classification) {
    this.classification = classification;
  }

  public List<String> getTemplates() {
    return templates;
  }

  public void setTemplates(List<String> templates) {
    this.templates = templates;
  }

  public String getExternalSystem() {
    return externalSystem;
  }

  public void setExternalSystem(String externalSystem) {
    this.externalSystem = externalSystem;
  }

  public List<String> getSegments() {
    return segments;
  }

  public void setSegments(List<String> segments) {
    this.segments = segments;
  }

  public String getExpiresAfter() {
    return expiresAfter;
  }

  public void setExpiresAfter(String expiresAfter) {
    this.expiresAfter = expiresAfter;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public boolean isOverridePreferences() {
    return overridePreferences;
  }

  public void setOverridePreferences(boolean overridePreferences) {
    this.overridePreferences = overridePreferences;
  }
}
