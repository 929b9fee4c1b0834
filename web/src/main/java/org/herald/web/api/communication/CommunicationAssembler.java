package org.herald.web.api.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.Page;
import org.herald.api.QueueState;
import org.herald.api.communication.CommunicationDto;
import org.herald.api.communication.CommunicationStatus;
import org.herald.api.communication.NewCommunicationDto;
import org.herald.api.communication.QueueEntryDto;
import org.herald.api.entity.EntityReferenceDto;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationFilter;
import org.herald.communication.CommunicationService;
import org.herald.communication.NewCommunication;
import org.herald.entity.EntityKey;
import org.herald.error.Violations;
import org.herald.paging.ResultPage;
import org.herald.queue.QueueEntry;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

/** Maps communications between their REST shape and the domain. */
@ApplicationScoped
public class CommunicationAssembler {

  @Inject CommunicationService communications;

  public NewCommunication toNew(NewCommunicationDto dto) {
    RequestBody.require(dto);
    Violations violations = new Violations();
    if (dto.referringTo() == null) {
      violations.require("contact", dto.contact());
    }
    // A template gives the medium, direction and content a request leaves out.
    boolean fromTemplate = dto.template() != null;
    if (!fromTemplate) {
      violations.require("medium", dto.medium());
      if (dto.content() == null) {
        violations.add("content", "REQUIRED", "is required");
      }
    }
    Direction direction =
        dto.direction() == null
            ? (fromTemplate ? null : Direction.OUTGOING)
            : violations.enumValue("direction", Direction.class, dto.direction());
    Medium medium = violations.enumValue("medium", Medium.class, dto.medium());
    Classification classification =
        violations.enumValue("classification", Classification.class, dto.classification());
    violations.throwIfAny();
    return new NewCommunication(
        dto.contact(),
        dto.referringTo(),
        direction,
        medium,
        dto.category(),
        dto.subject(),
        dto.content(),
        dto.recipient(),
        dto.processedBy(),
        dto.expiresAt(),
        dto.draft(),
        dto.referringEntities() == null
            ? List.of()
            : dto.referringEntities().stream()
                .map(e -> e == null ? null : new EntityKey(e.type(), e.number()))
                .toList(),
        dto.template(),
        dto.language(),
        classification,
        dto.unrestricted(),
        Boolean.TRUE.equals(dto.overridePreferences()));
  }

  public CommunicationFilter toFilter(
      String contact,
      String direction,
      String medium,
      String category,
      String status,
      String deliveryState) {
    Violations violations = new Violations();
    CommunicationFilter filter =
        new CommunicationFilter(
            contact,
            null,
            violations.enumValue("direction", Direction.class, direction),
            violations.enumValue("medium", Medium.class, medium),
            category,
            violations.enumValue("status", CommunicationStatus.class, status),
            violations.enumValue("deliveryState", QueueState.class, deliveryState));
    violations.throwIfAny();
    return filter;
  }

  /** One communication in full: its queue entry and its follow-ups. */
  public CommunicationDto toDto(CommunicationService.Shown shown) {
    return toDto(shown.communication(), shown.queueEntry(), shown.followUps());
  }

  public Page<CommunicationDto> toPage(ResultPage<Communication> page) {
    Map<Long, QueueEntry> entries = communications.queueEntries(page.items());
    return Pages.of(page, c -> toDto(c, entries.get(c.getId()), null));
  }

  private static CommunicationDto toDto(Communication c, QueueEntry q, List<String> followUps) {
    QueueEntryDto queue =
        q == null
            ? null
            : new QueueEntryDto(
                q.getState(),
                q.getErrorCode(),
                q.getErrorReason(),
                q.getAttempts(),
                q.getParts(),
                q.isAwaitingReceipt(),
                q.getExpiresAt(),
                q.getCompletedAt());
    return new CommunicationDto(
        c.getNumber(),
        c.getContact().getNumber(),
        c.getReferringTo() == null ? null : c.getReferringTo().getNumber(),
        followUps,
        c.getDirection(),
        c.getMedium(),
        c.getCategory() == null ? null : c.getCategory().getCode(),
        c.getSubject(),
        c.getContent(),
        c.getRecipient(),
        c.getProcessedBy() == null ? null : c.getProcessedBy().getCode(),
        c.getStatus(),
        q == null ? null : q.getState(),
        c.getCreatedAt(),
        c.getCompletedAt(),
        queue,
        c.getReferringEntities().stream()
            .map(e -> new EntityReferenceDto(e.getType(), e.getNumber()))
            .toList(),
        c.getTemplateCode(),
        c.getLanguage(),
        c.getClassification(),
        c.getUnrestricted(),
        c.getOrigin(),
        c.isOverridingPreferences());
  }
}
