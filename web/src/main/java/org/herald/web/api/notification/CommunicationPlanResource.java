package org.herald.web.api.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.notification.CommunicationPlanDto;
import org.herald.api.notification.NewPlanRunDto;
import org.herald.api.notification.NotificationRunDto;
import org.herald.notification.CommunicationPlan;
import org.herald.notification.CommunicationPlanDetails;
import org.herald.notification.CommunicationPlanRepository;
import org.herald.notification.CommunicationPlanService;
import org.herald.notification.NotificationRunRepository;
import org.herald.notification.NotificationRunService;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("communication-plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Communication plans",
    description =
        "Personalised mass communications to segments of contacts, sent now or at a time by a"
            + " notification run")
public class CommunicationPlanResource {

  @Inject CommunicationPlanService plans;
  @Inject NotificationRunService runs;

  @POST
  @Operation(operationId = "createCommunicationPlan", summary = "Add a communication plan")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public Response create(CommunicationPlanDto plan, @Context UriInfo uri) {
    RequestBody.require(plan);
    CommunicationPlan created = plans.create(plan.code(), details(plan));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(toDto(created))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getCommunicationPlan", summary = "Read a communication plan")
  @APIResponse(responseCode = "404", description = "No such communication plan")
  public CommunicationPlanDto get(@PathParam("code") String code) {
    return toDto(plans.get(code));
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "updateCommunicationPlan",
      summary = "Replace a communication plan (the code stays)")
  @APIResponse(responseCode = "404", description = "No such communication plan")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public CommunicationPlanDto update(@PathParam("code") String code, CommunicationPlanDto plan) {
    RequestBody.require(plan);
    return toDto(plans.update(code, details(plan)));
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteCommunicationPlan", summary = "Delete a plan never sent")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "Runs were made of it")
  public void delete(@PathParam("code") String code) {
    plans.delete(code);
  }

  @GET
  @Operation(
      operationId = "listCommunicationPlans",
      summary = "List communication plans",
      description = "sort: code, name or updatedAt")
  public Page<CommunicationPlanDto> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, CommunicationPlanRepository.SORTABLE.keySet(), "code");
    return Pages.of(plans.list(request), CommunicationPlanResource::toDto);
  }

  @POST
  @Path("{code}/runs")
  @Operation(
      operationId = "startCommunicationPlanRun",
      summary = "Send the plan now, or schedule it once",
      description =
          "A notification run whose items are the contacts of the plan's segments: RUNNING when"
              + " answered (or SCHEDULED with scheduledFor); follow, pause, resume and cancel it"
              + " under /notification-runs/{number}.")
  @APIResponse(responseCode = "201", description = "Started (Location: the run)")
  @APIResponse(responseCode = "404", description = "No such communication plan")
  @APIResponse(responseCode = "422", description = "scheduledFor in the past")
  @APIResponse(
      responseCode = "503",
      description = "The run's job could not start: the run is FAILED with the reason, resume it")
  public Response start(
      @PathParam("code") String code, NewPlanRunDto request, @Context UriInfo uri) {
    NotificationRunService.Shown started =
        runs.startPlan(code, request == null ? null : request.scheduledFor());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("notification-runs")
                .path(started.run().getNumber())
                .build())
        .entity(NotificationRunResource.shown(started))
        .build();
  }

  @GET
  @Path("{code}/runs")
  @Operation(
      operationId = "listCommunicationPlanRuns",
      summary = "The plan's runs, with their counts",
      description = "sort: number, createdAt (default) or state")
  @APIResponse(responseCode = "404", description = "No such communication plan")
  public Page<NotificationRunDto> runs(
      @PathParam("code") String code,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, NotificationRunRepository.SORTABLE.keySet(), "createdAt");
    return Pages.of(
        runs.listOfPlan(code, request), run -> NotificationRunResource.toDto(run, null));
  }

  private static CommunicationPlanDetails details(CommunicationPlanDto plan) {
    return new CommunicationPlanDetails(
        plan.name(),
        plan.classification(),
        plan.templates(),
        plan.externalSystem(),
        plan.segments(),
        plan.expiresAt(),
        plan.expiresAfter(),
        Boolean.TRUE.equals(plan.overridePreferences()));
  }

  static CommunicationPlanDto toDto(CommunicationPlan plan) {
    return new CommunicationPlanDto(
        plan.getCode(),
        plan.getName(),
        plan.getClassification().name(),
        plan.getTemplates(),
        plan.getExternalSystem() == null ? null : plan.getExternalSystem().getCode(),
        plan.getSegments(),
        plan.getExpiresAt(),
        plan.getExpiresAfter(),
        plan.isOverridePreferences(),
        plan.getCreatedAt(),
        plan.getUpdatedAt());
  }
}
