package org.herald.web.api.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.notification.NotificationScheduleDto;
import org.herald.notification.NotificationSchedule;
import org.herald.notification.NotificationScheduleRepository;
import org.herald.notification.NotificationScheduleService;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("notification-schedules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Notification schedules",
    description = "Recurring notification runs: daily, weekly or monthly in a time zone")
public class NotificationScheduleResource {

  @Inject NotificationScheduleService schedules;

  @POST
  @Operation(
      operationId = "createNotificationSchedule",
      summary = "Run a notification type daily, weekly or monthly",
      description =
          "A persistent calendar timer in the schedule's time zone starts a run at each time, on"
              + " one node of a cluster.")
  @APIResponse(responseCode = "201", description = "Created, with nextRunAt")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public Response create(NotificationScheduleDto schedule, @Context UriInfo uri) {
    RequestBody.require(schedule);
    NotificationScheduleService.Shown created =
        schedules.create(
            schedule.notificationType(),
            schedule.frequency(),
            schedule.time(),
            schedule.timeZone(),
            schedule.dayOfWeek(),
            schedule.dayOfMonth());
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.schedule().getNumber()).build())
        .entity(toDto(created.schedule(), created.nextRunAt()))
        .build();
  }

  @GET
  @Path("{number}")
  @Operation(operationId = "getNotificationSchedule", summary = "Read a schedule")
  @APIResponse(responseCode = "404", description = "No such schedule")
  public NotificationScheduleDto get(@PathParam("number") String number) {
    NotificationScheduleService.Shown shown = schedules.get(number);
    return toDto(shown.schedule(), shown.nextRunAt());
  }

  @DELETE
  @Path("{number}")
  @Operation(
      operationId = "deleteNotificationSchedule",
      summary = "Stop a schedule (runs it started stay)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such schedule")
  public void delete(@PathParam("number") String number) {
    schedules.delete(number);
  }

  @GET
  @Operation(
      operationId = "listNotificationSchedules",
      summary = "List schedules",
      description = "Filter: notificationType (code). sort: number or createdAt. No nextRunAt.")
  public Page<NotificationScheduleDto> list(
      @QueryParam("notificationType") String notificationType,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(
            page, size, sort, NotificationScheduleRepository.SORTABLE.keySet(), "createdAt");
    return Pages.of(schedules.list(notificationType, request), schedule -> toDto(schedule, null));
  }

  private static NotificationScheduleDto toDto(NotificationSchedule schedule, Instant next) {
    return new NotificationScheduleDto(
        schedule.getNumber(),
        schedule.getType().getCode(),
        schedule.getFrequency().name(),
        schedule.getLocalTime(),
        schedule.getTimeZone(),
        schedule.getDayOfWeek() == null ? null : schedule.getDayOfWeek().name(),
        schedule.getDayOfMonth(),
        next,
        schedule.getCreatedAt());
  }
}
