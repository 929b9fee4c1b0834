package org.herald.web.api.notification;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.notification.NewNotificationRunDto;
import org.herald.api.notification.NotificationRunDeliveryDto;
import org.herald.api.notification.NotificationRunDto;
import org.herald.notification.NotificationRun;
import org.herald.notification.NotificationRunRepository;
import org.herald.notification.NotificationRunService;
import org.herald.notification.RunDelivery;
import org.herald.notification.RunState;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("notification-runs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Notification runs",
    description = "Runs of a notification type: start, follow, pause, resume, cancel")
public class NotificationRunResource {

  @Inject NotificationRunService runs;

  @POST
  @Operation(
      operationId = "startNotificationRun",
      summary = "Start a run of a notification type now, or schedule it once",
      description =
          "Now: the run is RUNNING when answered; its job sends in chunks, one transaction each."
              + " With scheduledFor: SCHEDULED, started then by a persistent timer.")
  @APIResponse(responseCode = "201", description = "Started")
  @APIResponse(
      responseCode = "422",
      description = "No such notification type, or scheduledFor in the past")
  @APIResponse(
      responseCode = "503",
      description = "The run's job could not start: the run is FAILED with the reason, resume it")
  public Response start(NewNotificationRunDto request, @Context UriInfo uri) {
    RequestBody.require(request);
    NotificationRunService.Shown started =
        runs.start(request.notificationType(), request.scheduledFor());
    return Response.created(uri.getAbsolutePathBuilder().path(started.run().getNumber()).build())
        .entity(toDto(started.run(), started.delivery()))
        .build();
  }

  @GET
  @Path("{number}")
  @Operation(
      operationId = "getNotificationRun",
      summary = "Read a run with its counts and what the queue made of its communications")
  @APIResponse(responseCode = "404", description = "No such run")
  public NotificationRunDto get(@PathParam("number") String number) {
    return shown(runs.show(number));
  }

  @GET
  @Operation(
      operationId = "listNotificationRuns",
      summary = "List runs",
      description =
          "Filters: notificationType (code), state. sort: number, createdAt or state. Items carry"
              + " no delivery figures: read a run for them.")
  public Page<NotificationRunDto> list(
      @QueryParam("notificationType") String notificationType,
      @Parameter(schema = @Schema(implementation = RunState.class)) @QueryParam("state")
          String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, NotificationRunRepository.SORTABLE.keySet(), "createdAt");
    return Pages.of(runs.list(notificationType, state, request), run -> toDto(run, null));
  }

  @POST
  @Path("{number}/pause")
  @Operation(operationId = "pauseNotificationRun", summary = "Pause a running run after its chunk")
  @APIResponse(responseCode = "409", description = "The run is not running")
  public NotificationRunDto pause(@PathParam("number") String number) {
    return shown(runs.pause(number));
  }

  @POST
  @Path("{number}/resume")
  @Operation(
      operationId = "resumeNotificationRun",
      summary = "Resume a paused or failed run from its checkpoint")
  @APIResponse(responseCode = "409", description = "The run is not paused or failed")
  @APIResponse(
      responseCode = "503",
      description = "The run's job could not start: the run is FAILED with the reason")
  public NotificationRunDto resume(@PathParam("number") String number) {
    return shown(runs.resume(number));
  }

  @POST
  @Path("{number}/cancel")
  @Operation(operationId = "cancelNotificationRun", summary = "Cancel a run for good")
  @APIResponse(responseCode = "409", description = "The run is completed or cancelled")
  public NotificationRunDto cancel(@PathParam("number") String number) {
    return shown(runs.cancel(number));
  }

  static NotificationRunDto shown(NotificationRunService.Shown shown) {
    return toDto(shown.run(), shown.delivery());
  }

  static NotificationRunDto toDto(NotificationRun run, RunDelivery delivery) {
    return new NotificationRunDto(
        run.getNumber(),
        run.getType() == null ? null : run.getType().getCode(),
        run.getPlan() == null ? null : run.getPlan().getCode(),
        run.getState().name(),
        run.getScheduledFor(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getCandidates(),
        run.getCreated(),
        run.getSkippedConsent(),
        run.getSkippedNoAddress(),
        run.getFailed(),
        run.getFailureReason(),
        run.isOverridingPreferences(),
        delivery == null
            ? null
            : new NotificationRunDeliveryDto(
                delivery.pending(),
                delivery.delivered(),
                delivery.rejected(),
                delivery.expired(),
                delivery.viewed(),
                delivery.clicked()),
        run.getCreatedAt());
  }
}
