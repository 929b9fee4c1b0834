package org.herald.web.api.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.entity.EntityReferenceDto;
import org.herald.api.event.BusinessEventBatchDto;
import org.herald.api.event.BusinessEventDto;
import org.herald.api.event.EventAcceptedDto;
import org.herald.api.event.EventBatchAcceptedDto;
import org.herald.api.event.EventOutcomeDto;
import org.herald.entity.EntityKey;
import org.herald.event.BusinessEvent;
import org.herald.event.EventRepository;
import org.herald.event.EventService;
import org.herald.event.NewEvent;
import org.herald.event.Outcome;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Business events",
    description = "Events from the CRM; automations turn them into communications, asynchronously")
public class EventResource {

  @Inject EventService events;

  @POST
  @Operation(
      operationId = "postEvent",
      summary = "Post a business event",
      description =
          "Checked, stored (its values upserted into the entity store first) and queued for the"
              + " automations of its type; 202 with Location, where its outcome can be read. The"
              + " same id again is accepted and changes nothing (received: false).")
  @APIResponse(responseCode = "202", description = "Accepted")
  @APIResponse(responseCode = "422", description = "Unknown type, entity or contact, bad values")
  public Response post(BusinessEventDto event, @Context UriInfo uri) {
    RequestBody.require(event);
    EventService.Accepted accepted = events.accept(toNew(event));
    URI location = location(uri, accepted.eventId());
    return Response.accepted(
            new EventAcceptedDto(accepted.eventId(), accepted.received(), location.toString()))
        .location(location)
        .build();
  }

  @POST
  @Path("batch")
  @Operation(
      operationId = "postEventBatch",
      summary = "Post up to 1,000 business events",
      description =
          "All checked first: one bad event refuses the batch (items[i].field), nothing stored."
              + " Ids received before are accepted and change nothing, so a retried batch is"
              + " harmless.")
  @APIResponse(responseCode = "202", description = "Accepted")
  @APIResponse(responseCode = "422", description = "Invalid events, every problem named")
  public Response postBatch(BusinessEventBatchDto batch, @Context UriInfo uri) {
    RequestBody.require(batch);
    List<NewEvent> items =
        batch.items() == null
            ? List.of()
            : batch.items().stream().map(item -> item == null ? null : toNew(item)).toList();
    List<EventAcceptedDto> accepted =
        events.acceptBatch(items).stream()
            .map(
                one ->
                    new EventAcceptedDto(
                        one.eventId(), one.received(), location(uri, one.eventId()).toString()))
            .toList();
    return Response.accepted(new EventBatchAcceptedDto(accepted)).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getEvent",
      summary = "Read an event and what each automation made of it",
      description =
          "processedAt is null until processed; outcomes: SENT (with the communication),"
              + " CONDITION_FALSE, NOT_IN_SEGMENT, OPTED_OUT, NO_ADDRESS, REFUSED")
  @APIResponse(responseCode = "404", description = "No such event")
  public BusinessEventDto get(@PathParam("id") String id) {
    EventService.Shown shown = events.show(id);
    return toDto(shown.event(), shown.outcomes());
  }

  @POST
  @Path("{id}/reprocess")
  @Operation(
      operationId = "reprocessEvent",
      summary = "Apply the automations to an event again",
      description =
          "Automations added or changed since apply to it; no communication it made already is"
              + " made again.")
  @APIResponse(responseCode = "202", description = "Queued")
  @APIResponse(responseCode = "404", description = "No such event")
  public Response reprocess(@PathParam("id") String id, @Context UriInfo uri) {
    events.reprocess(id);
    return Response.accepted().location(location(uri, id)).build();
  }

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "List events, newest first by default",
      description = "Filters: type, contact. sort: receivedAt, occurredAt, id")
  public Page<BusinessEventDto> list(
      @QueryParam("type") String type,
      @QueryParam("contact") String contact,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(
            page,
            size,
            sort == null ? "receivedAt,desc" : sort,
            EventRepository.SORTABLE.keySet(),
            "receivedAt");
    return Pages.of(events.list(type, contact, request), event -> toDto(event, null));
  }

  private static URI location(UriInfo uri, String eventId) {
    return uri.getBaseUriBuilder().path("events").path(eventId).build();
  }

  private static NewEvent toNew(BusinessEventDto dto) {
    return new NewEvent(
        dto.id(),
        dto.type(),
        dto.entity() == null ? null : new EntityKey(dto.entity().type(), dto.entity().number()),
        dto.contact(),
        dto.occurredAt(),
        dto.values());
  }

  private static BusinessEventDto toDto(BusinessEvent event, List<Outcome> outcomes) {
    return new BusinessEventDto(
        event.getEventId(),
        event.getEventType(),
        new EntityReferenceDto(event.getEntityType(), event.getEntityNumber()),
        event.getContactNumber(),
        event.getOccurredAt(),
        null,
        event.getReceivedAt(),
        event.getProcessedAt(),
        outcomes == null
            ? null
            : outcomes.stream()
                .map(
                    o ->
                        new EventOutcomeDto(
                            o.automation(),
                            o.medium(),
                            o.address(),
                            o.outcome(),
                            o.detail(),
                            o.communication()))
                .toList());
  }
}
