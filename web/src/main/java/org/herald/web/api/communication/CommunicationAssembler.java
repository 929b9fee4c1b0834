package org.herald.web.api.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.CommunicationDto;
import org.herald.api.communication.CommunicationStatus;
import org.herald.api.communication.NewCommunicationDto;
import org.herald.api.communication.QueueEntryDto;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationFilter;
import org.herald.communication.CommunicationService;
import org.herald.communication.NewCommunication;
import org.herald.error.Violations;
import org.herald.web.api.RequestBody;

/** Maps communications between their REST shape and the domain. */
@ApplicationScoped
public class CommunicationAssembler {

  @Inject CommunicationService communications;

  public NewCommunication toNew(NewCommunicationDto dto) {
    RequestBody.require(dto);
    Violations violations = new Violations();
    violations.require("contact", dto.contact());
    violations.require("medium", dto.medium());
    if (dto.content() == null) {
      violations.add("content", "REQUIRED", "is required");
    }
    Direction direction =
        dto.direction() == null
            ? Direction.OUTGOING
            : violations.enumValue("direction", Direction.class, dto.direction());
    Medium medium = violations.enumValue("medium", Medium.class, dto.medium());
    violations.throwIfAny();
    return new NewCommunication(
        dto.contact(),
        direction,
        medium,
        dto.category(),
        dto.subject(),
        dto.content(),
        dto.recipient(),
        dto.expiresAt(),
        dto.draft());
  }

  public CommunicationFilter toFilter(
      String contact, String direction, String medium, String category, String status) {
    Violations violations = new Violations();
    CommunicationFilter filter =
        new CommunicationFilter(
            contact,
            violations.enumValue("direction", Direction.class, direction),
            violations.enumValue("medium", Medium.class, medium),
            category,
            violations.enumValue("status", CommunicationStatus.class, status));
    violations.throwIfAny();
    return filter;
  }

  public CommunicationDto toDto(Communication c) {
    QueueEntryDto queue =
        communications
            .queueEntry(c)
            .map(
                q ->
                    new QueueEntryDto(
                        q.getState(),
                        q.getErrorCode(),
                        q.getErrorReason(),
                        q.getAttempts(),
                        q.getExpiresAt(),
                        q.getCompletedAt()))
            .orElse(null);
    return new CommunicationDto(
        c.getNumber(),
        c.getContact().getNumber(),
        c.getDirection(),
        c.getMedium(),
        c.getCategory() == null ? null : c.getCategory().getCode(),
        c.getSubject(),
        c.getContent(),
        c.getRecipient(),
        c.getStatus(),
        c.getCreatedAt(),
        c.getCompletedAt(),
        queue);
  }
}
