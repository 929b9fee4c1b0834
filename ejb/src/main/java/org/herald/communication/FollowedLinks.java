package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.herald.dynamiclink.DynamicLinkFollowed;
import org.herald.entity.ReferringEntityService;
import org.herald.link.InvalidLinkException;
import org.herald.tag.DynamicLinkType;

/**
 * What a followed dynamic link means to the communication it came in: the link must belong to that
 * communication's contact, and an acceptance link records the acceptance on the service request the
 * communication refers to (Herald's copy of it; the CRM is not told).
 */
@ApplicationScoped
public class FollowedLinks {

  private static final String ACCEPTED = "ACCEPTED";
  private static final String SERVICE_REQUEST = "service_request";

  @Inject CommunicationRepository communications;
  @Inject ReferringEntityService entities;

  void onFollowed(@Observes DynamicLinkFollowed followed) {
    Communication communication =
        communications
            .findByNumber(followed.communicationNumber())
            .filter(found -> found.getContact().getNumber().equals(followed.contactNumber()))
            .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.TAMPERED));
    acceptanceField(followed.type())
        .ifPresent(
            field ->
                entities.record(SERVICE_REQUEST, serviceRequest(communication), field, ACCEPTED));
  }

  private static Optional<String> acceptanceField(DynamicLinkType type) {
    return switch (type) {
      case SERVICE_REQUEST_RESPONSE_ACCEPTANCE -> Optional.of("response_acceptance");
      case SERVICE_REQUEST_TEMPORARY_RESOLUTION_ACCEPTANCE ->
          Optional.of("temporary_resolution_acceptance");
      case SERVICE_REQUEST_FINAL_RESOLUTION_ACCEPTANCE ->
          Optional.of("final_resolution_acceptance");
      default -> Optional.empty();
    };
  }

  /** The service request the communication refers to; a link without one was never rendered. */
  private static String serviceRequest(Communication communication) {
    return communication.getReferringEntities().stream()
        .filter(entity -> SERVICE_REQUEST.equals(entity.getType()))
        .findFirst()
        .map(ReferredEntity::getNumber)
        .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.TAMPERED));
  }
}
