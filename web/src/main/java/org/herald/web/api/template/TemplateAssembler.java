package org.herald.web.api.template;

import java.util.LinkedHashMap;
import java.util.Map;
import org.herald.api.template.PreviewRequestDto;
import org.herald.api.template.TemplateContentDto;
import org.herald.api.template.TemplateDto;
import org.herald.template.CommunicationTemplate;
import org.herald.template.PreviewRequest;
import org.herald.template.TemplateContent;
import org.herald.template.TemplateDetails;

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
        contents);
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
        template.getCreatedAt(),
        template.getUpdatedAt());
  }

  static PreviewRequest toPreviewRequest(PreviewRequestDto dto) {
    return new PreviewRequest(
        dto.contact(),
        dto.entities() == null
            ? null
            : dto.entities().stream()
                .map(e -> e == null ? null : new PreviewRequest.EntityKey(e.type(), e.number()))
                .toList(),
        dto.language(),
        dto.unrestricted());
  }
}
