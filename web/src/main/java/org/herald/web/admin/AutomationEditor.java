package org.herald.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.herald.api.Classification;
import org.herald.api.Medium;
import org.herald.api.contact.EmailType;
import org.herald.api.contact.PhoneType;
import org.herald.automation.Automation;
import org.herald.automation.AutomationDetails;
import org.herald.automation.AutomationService;
import org.herald.automation.EventType;
import org.herald.automation.EventTypes;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.paging.PageRequest;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateFilter;
import org.herald.template.TemplateService;
import org.herald.web.security.PortalAccess;

/**
 * The automation editor: event, a template per medium, where to send, classification, segments and
 * a condition builder offering the catalogue's paths; saved whole through the automation service,
 * each broken rule shown beside its field.
 */
@Named("automationEditor")
@ViewScoped
public class AutomationEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AutomationService automations;
  @Inject transient TemplateService templates;
  @Inject transient PortalAccess access;

  private String code;
  private boolean found = true;
  private String newCode;
  private String name;
  private String eventType;
  private String emailTemplate;
  private String smsTemplate;
  private String sendTo = "PRIMARY";
  private boolean presentment;
  private String classification = Classification.CUSTOMER_CARE.name();
  private boolean overridePreferences;
  private boolean effective = true;
  private List<String> segments = new ArrayList<>();
  private final ConditionBuilder conditions = new ConditionBuilder();

  /** Called by the page's viewAction once the code parameter is set (never on a postback). */
  public void load() {
    if (code == null || code.isBlank()) {
      code = null;
      return;
    }
    try {
      show(automations.get(code));
    } catch (UnknownResourceException e) {
      found = false;
    }
  }

  private void show(Automation automation) {
    code = automation.getCode();
    name = automation.getName();
    eventType = automation.getEventType();
    emailTemplate = automation.getEmailTemplate();
    smsTemplate = automation.getSmsTemplate();
    sendTo = automation.getSendTo().name();
    presentment = automation.isConsiderPresentmentPreferences();
    classification = automation.getClassification().name();
    overridePreferences = automation.isOverridePreferences();
    effective = automation.isEffective();
    segments = new ArrayList<>(automation.getSegments());
    conditions.show(automation.getConditions());
  }

  public String save() {
    if (!access.mayEdit()) {
      return null;
    }
    AutomationDetails details =
        new AutomationDetails(
            blankToNull(name),
            blankToNull(eventType),
            blankToNull(emailTemplate),
            blankToNull(smsTemplate),
            sendTo,
            presentment,
            segments,
            conditions.inputs(),
            classification,
            overridePreferences,
            effective);
    try {
      if (code == null) {
        Automation created = automations.create(blankToNull(newCode), details);
        PortalMessages.info("Automation " + created.getCode() + " created");
        PortalMessages.keepForRedirect();
        return "/automation?faces-redirect=true&code=" + created.getCode();
      }
      show(automations.update(code, details));
      PortalMessages.info("Automation " + code + " saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), AutomationEditor::inputOf);
    } catch (UnknownResourceException e) {
      PortalMessages.error("Automation " + code + " was deleted meanwhile");
    }
    return null;
  }

  /** The input holding a field path; a condition's fields sit in the builder's rows. */
  private static String inputOf(String field) {
    return switch (field) {
      case "code" -> "code";
      case "name" -> "name";
      case "eventType" -> "eventType";
      case "emailTemplate" -> "emailTemplate";
      case "smsTemplate" -> "smsTemplate";
      case "sendTo" -> "sendTo";
      case "classification" -> "classification";
      default -> null;
    };
  }

  public List<String> getEventTypes() {
    return EventTypes.crm().all().stream().map(EventType::name).toList();
  }

  public List<String> getEmailTemplates() {
    return templateCodes(Medium.EMAIL);
  }

  public List<String> getSmsTemplates() {
    return templateCodes(Medium.SMS);
  }

  private List<String> templateCodes(Medium medium) {
    return templates
        .list(
            new TemplateFilter(medium, null, null, true),
            new PageRequest(0, PageRequest.MAX_SIZE, "code", true))
        .map(CommunicationTemplate::getCode);
  }

  public List<String> getSendToOptions() {
    return Stream.concat(
            Stream.of("PRIMARY", "ALL"),
            Stream.concat(
                    Stream.of(EmailType.values()).map(Enum::name),
                    Stream.of(PhoneType.values()).map(Enum::name))
                .distinct())
        .toList();
  }

  public Classification[] getClassifications() {
    return Classification.values();
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

  public ConditionBuilder getConditions() {
    return conditions;
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

  public String getEventType() {
    return eventType;
  }

  public void setEventType(String eventType) {
    this.eventType = eventType;
  }

  public String getEmailTemplate() {
    return emailTemplate;
  }

  public void setEmailTemplate(String emailTemplate) {
    this.emailTemplate = emailTemplate;
  }

  public String getSmsTemplate() {
    return smsTemplate;
  }

  public void setSmsTemplate(String smsTemplate) {
    this.smsTemplate = smsTemplate;
  }

  public String getSendTo() {
    return sendTo;
  }

  public void setSendTo(String sendTo) {
    this.sendTo = sendTo;
  }

  public boolean isPresentment() {
    return presentment;
  }

  public void setPresentment(boolean presentment) {
    this.presentment = presentment;
  }

  public String getClassification() {
    return classification;
  }

  public void setClassification(String classification) {
    this.classification = classification;
  }

  public boolean isOverridePreferences() {
    return overridePreferences;
  }

  public void setOverridePreferences(boolean overridePreferences) {
    this.overridePreferences = overridePreferences;
  }

  public boolean isEffective() {
    return effective;
  }

  public void setEffective(boolean effective) {
    this.effective = effective;
  }

  public List<String> getSegments() {
    return segments;
  }

  public void setSegments(List<String> segments) {
    this.segments = segments;
  }
}
