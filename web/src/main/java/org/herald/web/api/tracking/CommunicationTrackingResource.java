package org.herald.web.api.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.tracking.TrackedLinkDto;
import org.herald.api.tracking.TrackingDetailsDto;
import org.herald.communication.CommunicationService;
import org.herald.tracking.TrackingDetails;
import org.herald.tracking.TrackingService;

@Path("communications/{number}/tracking")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communications", description = "Logged interactions with contacts, and their delivery")
public class CommunicationTrackingResource {

  @Inject CommunicationService communications;
  @Inject TrackingService tracking;

  @GET
  @Operation(
      operationId = "getCommunicationTracking",
      summary = "Read a communication's tracking details",
      description =
          "Whether and when its email was viewed (open pixel loaded), and the clicks of each"
              + " tracked link. Empty for a communication that was never tracked.")
  @APIResponse(responseCode = "404", description = "No such communication")
  public TrackingDetailsDto get(@PathParam("number") String number) {
    communications.get(number); // an unknown communication is a 404, not empty details
    return toDto(tracking.details(number));
  }

  private static TrackingDetailsDto toDto(TrackingDetails details) {
    return new TrackingDetailsDto(
        details.viewed(),
        details.firstViewedAt(),
        details.lastViewedAt(),
        details.views(),
        details.links().stream()
            .map(
                link ->
                    new TrackedLinkDto(
                        link.url(), link.clicks(), link.firstClickedAt(), link.lastClickedAt()))
            .toList());
  }
}
