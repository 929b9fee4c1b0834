package org.herald.web.api.template;

import java.util.LinkedHashMap;
import java.util.Map;
import org.herald.api.Medium;
import org.herald.api.template.PreviewRequestDto;
import org.herald.api.template.TemplateContentDto;
import org.herald.api.template.TemplateDto;
import org.herald.entity.EntityKey;
import org.herald.error.Violations;
import org.herald.template.CommunicationTemplate;
import org.herald.template.PreviewRequest;
import org.herald.template.TemplateContent;
import org.herald.template.TemplateDetails;
import org.herald.template.TemplateFilter;

/** Maps templates between their REST shape and the domain; the service validates. */
final class TemplateAssembler {

  private TemplateAssembler() {}

  static TemplateDetails toDetails(TemplateDto dto) {
    Map<String, TemplateDetails.Content> contents = null;
    if (dto.contents() != null) {
      contents = new LinkedHashMap<>();
      for (var entry : dto.contents().entrySet()) {
        TemplateContentDto content = entry.getValue();
        contents.put(
            entry.getKey(),
            content == null
                ? null
                : new TemplateDetails.Content(content.subject(), content.body()));
      }
    }
    return new TemplateDetails(
        dto.name(),
        dto.medium(),
        dto.direction(),
        dto.category(),
        dto.referringEntityTypes(),
        dto.externalSystem(),
        dto.effective(),
        dto.defaultLanguage(),
        contents,
        dto.notificationItem());
  }

  static TemplateDto toDto(CommunicationTemplate template) {
    Map<String, TemplateContentDto> contents = new LinkedHashMap<>();
    for (TemplateContent content : template.getContents()) {
      contents.put(
          content.getLanguage(), new TemplateContentDto(content.getSubject(), content.getBody()));
    }
    return new TemplateDto(
        template.getCode(),
        template.getName(),
        template.getMedium().name(),
        template.getDirection().name(),
        template.getCategoryCode(),
        template.getReferringEntityTypes().stream().sorted().toList(),
        template.getExternalSystemCode(),
        template.isEffective(),
        template.getDefaultLanguage(),
        contents,
        template.getNotificationItem(),
        template.getCreatedAt(),
        template.getUpdatedAt());
  }

  /** The list's filters, or every invalid one named by its query parameter. */
  static TemplateFilter toFilter(
      String medium, String referringEntityType, String externalSystem, String effective) {
    Violations violations = new Violations();
    Medium byMedium = violations.enumValue("medium", Medium.class, medium);
    Boolean byEffective = null;
    if (effective != null) {
      if (effective.equals("true") || effective.equals("false")) {
        byEffective = Boolean.valueOf(effective);
      } else {
        violations.add("effective", "UNKNOWN_VALUE", "'" + effective + "' is not true or false");
      }
    }
    violations.throwIfAny();
    return new TemplateFilter(byMedium, referringEntityType, externalSystem, byEffective);
  }

  static PreviewRequest toPreviewRequest(PreviewRequestDto dto) {
    return new PreviewRequest(
        dto.contact(),
        dto.entities() == null
            ? null
            : dto.entities().stream()
                .map(e -> e == null ? null : new EntityKey(e.type(), e.number()))
                .toList(),
        dto.language(),
        dto.unrestricted());
  }
}
