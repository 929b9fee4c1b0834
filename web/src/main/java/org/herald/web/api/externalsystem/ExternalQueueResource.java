package org.herald.web.api.externalsystem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Medium;
import org.herald.api.Page;
import org.herald.api.QueueState;
import org.herald.api.externalsystem.ExternalQueueEntryDto;
import org.herald.api.externalsystem.QueueStateChangeDto;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalQueue;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.paging.PageRequest;
import org.herald.queue.ExternalQueueFilter;
import org.herald.queue.QueueEntry;
import org.herald.web.api.ExternalSystemAccess;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

/**
 * The queue as an external system sees it, authenticated by that system's key: its own entries only
 * (another system's are unknown here), never expired ones.
 */
@Path("queue/entries")
@RequestScoped
@ExternalSystemAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Queue (external systems)",
    description = "Pull and settle the entries addressed to the calling system")
@SecurityRequirement(name = "externalSystemKey")
public class ExternalQueueResource {

  @Inject ExternalQueue queue;
  @Inject ExternalSystemService systems;
  @Context SecurityContext caller;

  @GET
  @Operation(
      summary = "List the calling system's queue entries",
      description =
          "Oldest first; expired entries are never listed. Filters: state, medium, contact.")
  public Page<ExternalQueueEntryDto> list(
      @QueryParam("state") String state,
      @QueryParam("medium") String medium,
      @QueryParam("contact") String contact,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Violations violations = new Violations();
    ExternalQueueFilter filter =
        new ExternalQueueFilter(
            violations.enumValue("state", QueueState.class, state),
            violations.enumValue("medium", Medium.class, medium),
            contact);
    violations.throwIfAny();
    PageRequest request = PageRequest.of(page, size, null, Set.of("id"), "id");
    return Pages.of(queue.list(system(), filter, request), ExternalQueueResource::toDto);
  }

  @GET
  @Path("{communication}")
  @Operation(summary = "Read one entry with its communication's content")
  @APIResponse(responseCode = "404", description = "No such entry for this system, or expired")
  public ExternalQueueEntryDto get(@PathParam("communication") String communication) {
    return toDto(queue.get(system(), communication));
  }

  @PUT
  @Path("{communication}/state")
  @Operation(
      summary = "Report an entry's state",
      description =
          "COMPLETED or REJECTED (with errorCode and errorReason) from PENDING;"
              + " COMPLETED_AND_REMOVED from PENDING or COMPLETED. Reporting the current state"
              + " again changes nothing.")
  @APIResponse(responseCode = "409", description = "The entry's state does not allow it")
  public ExternalQueueEntryDto report(
      @PathParam("communication") String communication, QueueStateChangeDto change) {
    RequestBody.require(change);
    Violations violations = new Violations();
    violations.require("state", change.state());
    QueueState state = violations.enumValue("state", QueueState.class, change.state());
    if (state == QueueState.PENDING) {
      violations.add(
          "state", "UNKNOWN_VALUE", "must be COMPLETED, REJECTED or COMPLETED_AND_REMOVED");
    }
    violations.throwIfAny();
    return toDto(
        queue.report(system(), communication, state, change.errorCode(), change.errorReason()));
  }

  private ExternalSystem system() {
    return systems.get(caller.getUserPrincipal().getName());
  }

  private static ExternalQueueEntryDto toDto(QueueEntry entry) {
    return new ExternalQueueEntryDto(
        entry.getCommunicationNumber(),
        entry.getContactNumber(),
        entry.getMedium(),
        entry.getRecipient(),
        entry.getSubject(),
        entry.getContent(),
        entry.getState(),
        entry.getErrorCode(),
        entry.getErrorReason(),
        entry.getCreatedAt(),
        entry.getExpiresAt(),
        entry.getCompletedAt());
  }
}
