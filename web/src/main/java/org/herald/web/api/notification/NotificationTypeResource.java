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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Classification;
import org.herald.api.Page;
import org.herald.api.notification.NotificationTypeDto;
import org.herald.notification.NotificationType;
import org.herald.notification.NotificationTypeDetails;
import org.herald.notification.NotificationTypeRepository;
import org.herald.notification.NotificationTypeService;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;
import org.herald.web.api.condition.ConditionAssembler;

@Path("notification-types")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Notification types",
    description = "What notification runs send, to whom, through which integration")
public class NotificationTypeResource {

  @Inject NotificationTypeService types;

  @POST
  @Operation(operationId = "createNotificationType", summary = "Add a notification type")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public Response create(NotificationTypeDto type, @Context UriInfo uri) {
    RequestBody.require(type);
    NotificationType created = types.create(type.code(), details(type));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(toDto(created))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getNotificationType", summary = "Read a notification type")
  @APIResponse(responseCode = "404", description = "No such notification type")
  public NotificationTypeDto get(@PathParam("code") String code) {
    return toDto(types.get(code));
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "updateNotificationType",
      summary = "Replace a notification type (code, classification and topic stay)")
  @APIResponse(responseCode = "404", description = "No such notification type")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public NotificationTypeDto update(@PathParam("code") String code, NotificationTypeDto type) {
    RequestBody.require(type);
    return toDto(types.update(code, details(type)));
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteNotificationType", summary = "Delete a type without runs")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "Runs were made of it")
  public void delete(@PathParam("code") String code) {
    types.delete(code);
  }

  @GET
  @Operation(
      operationId = "listNotificationTypes",
      summary = "List notification types",
      description = "Filter: classification. sort: code, name, classification or updatedAt")
  public Page<NotificationTypeDto> list(
      @Parameter(schema = @Schema(implementation = Classification.class))
          @QueryParam("classification")
          String classification,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, NotificationTypeRepository.SORTABLE.keySet(), "code");
    return Pages.of(types.list(classification, request), NotificationTypeResource::toDto);
  }

  private static NotificationTypeDetails details(NotificationTypeDto type) {
    return new NotificationTypeDetails(
        type.name(),
        type.classification(),
        type.topic(),
        type.templates(),
        type.externalSystem(),
        type.expiresAt(),
        type.expiresAfter(),
        type.dataProtection(),
        ConditionAssembler.toInputs(type.conditions()),
        type.segments());
  }

  static NotificationTypeDto toDto(NotificationType type) {
    return new NotificationTypeDto(
        type.getCode(),
        type.getName(),
        type.getClassification().name(),
        type.getTopic().name(),
        type.getItemType(),
        type.getTemplates(),
        type.getExternalSystem() == null ? null : type.getExternalSystem().getCode(),
        type.getExpiresAt(),
        type.getExpiresAfter(),
        type.getDataProtection() == null ? null : type.getDataProtection().name(),
        ConditionAssembler.toDtos(type.getConditions()),
        type.getSegments(),
        type.getCreatedAt(),
        type.getUpdatedAt());
  }
}
