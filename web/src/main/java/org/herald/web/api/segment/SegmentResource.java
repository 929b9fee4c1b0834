package org.herald.web.api.segment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.event.MemberChangeDto;
import org.herald.api.event.MemberChangesDto;
import org.herald.api.event.SegmentContactsDto;
import org.herald.api.event.SegmentCountDto;
import org.herald.api.event.SegmentDto;
import org.herald.api.event.SegmentMemberDto;
import org.herald.paging.PageRequest;
import org.herald.segment.MemberChange;
import org.herald.segment.Segment;
import org.herald.segment.SegmentDetails;
import org.herald.segment.SegmentRepository;
import org.herald.segment.SegmentService;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;
import org.herald.web.api.condition.ConditionAssembler;

@Path("segments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Segments", description = "Lists of contacts, by conditions or by hand, evaluated live")
public class SegmentResource {

  @Inject SegmentService segments;

  @POST
  @Operation(operationId = "createSegment", summary = "Add a segment")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public Response create(SegmentDto segment, @Context UriInfo uri) {
    RequestBody.require(segment);
    Segment created = segments.create(segment.code(), toDetails(segment));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(toDto(created))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getSegment", summary = "Read a segment")
  @APIResponse(responseCode = "404", description = "No such segment")
  public SegmentDto get(@PathParam("code") String code) {
    return toDto(segments.get(code));
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "updateSegment", summary = "Rename a segment or replace its conditions")
  @APIResponse(responseCode = "404", description = "No such segment")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public SegmentDto update(@PathParam("code") String code, SegmentDto segment) {
    RequestBody.require(segment);
    return toDto(segments.update(code, toDetails(segment)));
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteSegment", summary = "Delete a segment")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "409",
      description = "Automations name it (their codes and names in detail): nothing deleted")
  public void delete(@PathParam("code") String code) {
    segments.delete(code);
  }

  @GET
  @Operation(operationId = "listSegments", summary = "List segments (sort: code, name, updatedAt)")
  public Page<SegmentDto> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, SegmentRepository.SORTABLE.keySet(), "code");
    return Pages.of(segments.list(request), SegmentResource::toDto);
  }

  @GET
  @Path("{code}/members")
  @Operation(
      operationId = "listSegmentMembers",
      summary =
          "The segment's members now, by contact number, or by record number for a segment of"
              + " another entity type (sort: contact,asc|desc)")
  @APIResponse(responseCode = "404", description = "No such segment")
  public Page<SegmentMemberDto> members(
      @PathParam("code") String code,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request = PageRequest.of(page, size, sort, java.util.Set.of("contact"), "contact");
    return Pages.of(
        segments.members(code, request),
        member -> new SegmentMemberDto(member.number(), member.name()));
  }

  @GET
  @Path("{code}/count")
  @Operation(operationId = "countSegmentMembers", summary = "How many contacts the segment has now")
  @APIResponse(responseCode = "404", description = "No such segment")
  public SegmentCountDto count(@PathParam("code") String code) {
    return new SegmentCountDto(segments.count(code));
  }

  @POST
  @Path("{code}/members")
  @Operation(
      operationId = "addSegmentMembers",
      summary = "Add contacts to a static segment",
      description =
          "Each answered on its own: ADDED, ALREADY_MEMBER, UNKNOWN_CONTACT (UNKNOWN_ENTITY in a"
              + " segment of another entity type, whose records are named by number), INVALID")
  @APIResponse(responseCode = "409", description = "The segment is by conditions")
  public MemberChangesDto add(@PathParam("code") String code, SegmentContactsDto contacts) {
    RequestBody.require(contacts);
    return toDto(segments.add(code, contacts.contacts() == null ? List.of() : contacts.contacts()));
  }

  @DELETE
  @Path("{code}/members/{contact}")
  @Operation(
      operationId = "removeSegmentMember",
      summary = "Remove a contact from a static segment")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such segment, contact or member")
  @APIResponse(responseCode = "409", description = "The segment is by conditions")
  public void remove(@PathParam("code") String code, @PathParam("contact") String contact) {
    MemberChange change = segments.remove(code, List.of(contact)).get(0);
    if (change.status() != MemberChange.Status.REMOVED) {
      throw new NotFoundException(contact + " is not a member of " + code);
    }
  }

  @POST
  @Path("{code}/members/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      operationId = "importSegmentMembers",
      summary = "Import a CSV of contact numbers into a static segment",
      description =
          "The first column of each line (a header 'number' and blank lines are skipped); each"
              + " line answered with its 1-based number and what it did")
  @APIResponse(responseCode = "409", description = "The segment is by conditions")
  public MemberChangesDto importCsv(@PathParam("code") String code, String csv) {
    return toDto(segments.importCsv(code, csv));
  }

  private static MemberChangesDto toDto(List<MemberChange> changes) {
    return new MemberChangesDto(
        changes.stream()
            .map(c -> new MemberChangeDto(c.line(), c.contact(), c.status().name()))
            .toList());
  }

  private static SegmentDetails toDetails(SegmentDto dto) {
    return new SegmentDetails(
        dto.name(), dto.kind(), dto.entityType(), ConditionAssembler.toInputs(dto.conditions()));
  }

  private static SegmentDto toDto(Segment segment) {
    return new SegmentDto(
        segment.getCode(),
        segment.getName(),
        segment.getKind().name(),
        segment.getEntityType(),
        ConditionAssembler.toDtos(segment.getConditions()),
        segment.getCreatedAt(),
        segment.getUpdatedAt());
  }
}
