package org.herald.web.api.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.Page;
import org.herald.api.QueueState;
import org.herald.api.communication.CommunicationBatchDto;
import org.herald.api.communication.CommunicationBatchResultDto;
import org.herald.api.communication.CommunicationDto;
import org.herald.api.communication.CommunicationStatus;
import org.herald.api.communication.NewCommunicationDto;
import org.herald.api.problem.Problem;
import org.herald.communication.CommunicationRepository;
import org.herald.communication.CommunicationService;
import org.herald.paging.PageRequest;
import org.herald.web.api.IdempotencyKey;

/**
 * Application-scoped, as it keeps no state of a request: a request-scoped resource was built for
 * every request, its EJB references resolved through the naming service each time (the hottest
 * path's per-request cost).
 */
@Path("communications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Communications", description = "Logged interactions with contacts, and their delivery")
public class CommunicationResource {

  @Inject CommunicationService communications;
  @Inject CommunicationAssembler assembler;
  @Inject CommunicationBatches batches;

  @POST
  @Operation(
      operationId = "createCommunication",
      summary = "Create a communication",
      description =
          "Saved as a draft (draft=true) or completed. A completed outgoing email or SMS is queued"
              + " for delivery in the same transaction; its queue entry shows the progress.")
  @APIResponse(
      responseCode = "201",
      description = "Created (or made earlier under the same key)",
      content = @Content(schema = @Schema(ref = "Communication")))
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid value (unknown contact, medium or category, missing subject…), or an"
              + " Idempotency-Key used before for another request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      NewCommunicationDto communication,
      @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER)
          String idempotencyKey,
      @Context UriInfo uri) {
    CommunicationService.Shown created =
        communications.create(assembler.toNew(communication), IdempotencyKey.check(idempotencyKey));
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.communication().getNumber()).build())
        .entity(assembler.toDto(created))
        .build();
  }

  @POST
  @Path("batch")
  @Operation(
      operationId = "createCommunications",
      summary = "Create many communications in one request",
      description =
          "Up to 500 items, each as POST /communications takes it, with its own idempotencyKey;"
              + " all in one transaction. Each item is answered on its own, in order: 201 created,"
              + " 200 made earlier under its key, or 422 refused with its fields named"
              + " (items[i].communication.contact); a refused item stores nothing and leaves the"
              + " others alone.")
  @APIResponse(responseCode = "200", description = "Each item's outcome")
  @APIResponse(
      responseCode = "422",
      description = "No items, or more than 500",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CommunicationBatchResultDto createAll(CommunicationBatchDto batch) {
    return batches.create(batch);
  }

  @PUT
  @Path("{number}")
  @Operation(
      operationId = "updateDraft",
      summary = "Edit a draft",
      description =
          "Rewrites a draft with the body's content; draft=false completes it (and sends an"
              + " outgoing email or SMS). A completed communication cannot be edited (409).")
  @APIResponse(responseCode = "404", description = "No such communication")
  @APIResponse(responseCode = "409", description = "Not a draft")
  public CommunicationDto update(
      @PathParam("number") String number, NewCommunicationDto communication) {
    return assembler.toDto(communications.update(number, assembler.toNew(communication)));
  }

  @POST
  @Path("{number}/complete")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "completeDraft",
      summary = "Complete a draft as it stands",
      description =
          "No body: the draft is completed with what it holds, as PUT with draft=false would"
              + " (tags rendered, settings and preferences checked, an outgoing email or SMS"
              + " queued). A completed communication is a 409; a draft that may not be"
              + " completed yet (a missing #unrestricted value, say) a 422 naming the field.")
  @APIResponse(responseCode = "404", description = "No such communication")
  @APIResponse(responseCode = "409", description = "Not a draft")
  public CommunicationDto complete(@PathParam("number") String number) {
    return assembler.toDto(communications.complete(number));
  }

  @GET
  @Path("{number}")
  @Operation(
      operationId = "getCommunication",
      summary = "Read a communication and where its delivery stands")
  @APIResponse(responseCode = "404", description = "No such communication")
  public CommunicationDto get(@PathParam("number") String number) {
    return assembler.toDto(communications.show(number));
  }

  @GET
  @Operation(
      operationId = "listCommunications",
      summary = "List communications",
      description =
          "Filters: contact (number), direction, medium, category (code), status, deliveryState"
              + " (the queue entry's state: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED)."
              + " sort: number,"
              + " createdAt, completedAt, medium, direction, status, subject or contact, then ,asc"
              + " or ,desc")
  public Page<CommunicationDto> list(
      @QueryParam("contact") String contact,
      @Parameter(schema = @Schema(implementation = Direction.class)) @QueryParam("direction")
          String direction,
      @Parameter(schema = @Schema(implementation = Medium.class)) @QueryParam("medium")
          String medium,
      @QueryParam("category") String category,
      @Parameter(schema = @Schema(implementation = CommunicationStatus.class)) @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(implementation = QueueState.class)) @QueryParam("deliveryState")
          String deliveryState,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, CommunicationRepository.SORTABLE.keySet(), "number");
    return assembler.toPage(
        communications.list(
            assembler.toFilter(contact, direction, medium, category, status, deliveryState),
            request));
  }
}
