package org.herald.web.api.automation;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.event.AutomationDto;
import org.herald.automation.Automation;
import org.herald.automation.AutomationDetails;
import org.herald.automation.AutomationRepository;
import org.herald.automation.AutomationService;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;
import org.herald.web.api.condition.ConditionAssembler;

@Path("automations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Automations",
    description =
        "Event based communications: on a business event, email and/or SMS from templates")
public class AutomationResource {

  @Inject AutomationService automations;

  @POST
  @Operation(operationId = "createAutomation", summary = "Add an automation")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public Response create(AutomationDto automation, @Context UriInfo uri) {
    RequestBody.require(automation);
    Automation created = automations.create(automation.code(), toDetails(automation));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(toDto(created))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getAutomation", summary = "Read an automation")
  @APIResponse(responseCode = "404", description = "No such automation")
  public AutomationDto get(@PathParam("code") String code) {
    return toDto(automations.get(code));
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "updateAutomation", summary = "Replace an automation (the code stays)")
  @APIResponse(responseCode = "404", description = "No such automation")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public AutomationDto update(@PathParam("code") String code, AutomationDto automation) {
    RequestBody.require(automation);
    return toDto(automations.update(code, toDetails(automation)));
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteAutomation", summary = "Delete an automation")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such automation")
  public void delete(@PathParam("code") String code) {
    automations.delete(code);
  }

  @GET
  @Operation(
      operationId = "listAutomations",
      summary = "List automations",
      description =
          "Filters: eventType, effective (true/false). sort: code, name, eventType, updatedAt")
  public Page<AutomationDto> list(
      @QueryParam("eventType") String eventType,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("effective")
          String effective,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, AutomationRepository.SORTABLE.keySet(), "code");
    return Pages.of(
        automations.list(eventType, flag(effective), request), AutomationResource::toDto);
  }

  private static Boolean flag(String effective) {
    if (effective == null || effective.equals("true") || effective.equals("false")) {
      return effective == null ? null : Boolean.valueOf(effective);
    }
    Violations violations = new Violations();
    violations.add("effective", "UNKNOWN_VALUE", "'" + effective + "' is not true or false");
    violations.throwIfAny();
    return null;
  }

  private static AutomationDetails toDetails(AutomationDto dto) {
    return new AutomationDetails(
        dto.name(),
        dto.eventType(),
        dto.emailTemplate(),
        dto.smsTemplate(),
        dto.sendTo(),
        Boolean.TRUE.equals(dto.considerPresentmentPreferences()),
        dto.segments(),
        ConditionAssembler.toInputs(dto.conditions()),
        dto.classification(),
        Boolean.TRUE.equals(dto.overridePreferences()),
        dto.effective());
  }

  static AutomationDto toDto(Automation automation) {
    return new AutomationDto(
        automation.getCode(),
        automation.getName(),
        automation.getEventType(),
        automation.getEmailTemplate(),
        automation.getSmsTemplate(),
        automation.getSendTo().name(),
        automation.isConsiderPresentmentPreferences(),
        automation.getSegments(),
        ConditionAssembler.toDtos(automation.getConditions()),
        automation.getClassification().name(),
        automation.isOverridePreferences(),
        automation.isEffective(),
        automation.getCreatedAt(),
        automation.getUpdatedAt());
  }
}
