package org.herald.web.api.template;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Medium;
import org.herald.api.Page;
import org.herald.api.template.PreviewDto;
import org.herald.api.template.PreviewRequestDto;
import org.herald.api.template.TemplateDto;
import org.herald.api.template.TestSendDto;
import org.herald.api.template.TestSendRequestDto;
import org.herald.paging.PageRequest;
import org.herald.template.CommunicationTemplate;
import org.herald.template.Preview;
import org.herald.template.TemplateFilter;
import org.herald.template.TemplateRepository;
import org.herald.template.TemplateService;
import org.herald.template.TestSend;
import org.herald.template.TestSends;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("templates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Templates",
    description = "Communication templates: subject and body per language, with #tags")
public class TemplateResource {

  @Inject TemplateService templates;
  @Inject TestSends testSends;

  @POST
  @Operation(
      operationId = "createTemplate",
      summary = "Add a template",
      description =
          "Every subject and body is checked against the tag catalogue: each unknown tag and each"
              + " dynamic link that is not enabled is named (contents.<language>.body, with line"
              + " and column).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(ref = "Template")))
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public Response create(TemplateDto template, @Context UriInfo uri) {
    RequestBody.require(template);
    CommunicationTemplate created =
        templates.create(template.code(), TemplateAssembler.toDetails(template));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(TemplateAssembler.toDto(created))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getTemplate", summary = "Read a template")
  @APIResponse(responseCode = "404", description = "No such template")
  public TemplateDto get(@PathParam("code") String code) {
    return TemplateAssembler.toDto(templates.get(code));
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "replaceTemplate", summary = "Replace a template (the code stays)")
  @APIResponse(responseCode = "404", description = "No such template")
  @APIResponse(responseCode = "422", description = "Invalid values, every one named")
  public TemplateDto update(@PathParam("code") String code, TemplateDto template) {
    RequestBody.require(template);
    return TemplateAssembler.toDto(templates.update(code, TemplateAssembler.toDetails(template)));
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteTemplate", summary = "Delete a template")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such template")
  @APIResponse(
      responseCode = "409",
      description = "Communications were made from it (named in the detail): it stays")
  public void delete(@PathParam("code") String code) {
    templates.delete(code);
  }

  @GET
  @Operation(
      operationId = "listTemplates",
      summary = "List templates",
      description =
          "Filters: medium, referringEntityType (templates using that entity's tags),"
              + " externalSystem (code), effective (true/false). sort: code, name, medium or"
              + " updatedAt, then ,asc or ,desc")
  public Page<TemplateDto> list(
      @Parameter(schema = @Schema(implementation = Medium.class)) @QueryParam("medium")
          String medium,
      @QueryParam("referringEntityType") String referringEntityType,
      @QueryParam("externalSystem") String externalSystem,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("effective")
          String effective,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    TemplateFilter filter =
        TemplateAssembler.toFilter(medium, referringEntityType, externalSystem, effective);
    PageRequest request =
        PageRequest.of(page, size, sort, TemplateRepository.SORTABLE.keySet(), "code");
    return Pages.of(templates.list(filter, request), TemplateAssembler::toDto);
  }

  @POST
  @Path("{code}/preview")
  @Operation(
      operationId = "previewTemplate",
      summary = "Render a template for a contact",
      description =
          "As the contact (the contact_information entity) with the given referring entities, in"
              + " the language asked for, else the contact's preferred language, else the"
              + " template's default. Values never become markup: escaped in an HTML body. Every unrestricted tag"
              + " needs a value (unrestricted.<name>).")
  @APIResponse(responseCode = "404", description = "No such template")
  @APIResponse(
      responseCode = "422",
      description = "Unknown contact or entity, unsupported language, missing unrestricted values")
  public PreviewDto preview(@PathParam("code") String code, PreviewRequestDto request) {
    RequestBody.require(request);
    Preview preview = templates.preview(code, TemplateAssembler.toPreviewRequest(request));
    return new PreviewDto(preview.language(), preview.subject(), preview.body());
  }

  @POST
  @Path("{code}/test-send")
  @Operation(
      operationId = "testSendTemplate",
      summary = "Render a template for a contact and deliver it to a test address",
      description =
          "Renders as the preview does and sends at once to `to` (an email address, or an E.164"
              + " number for SMS). No communication is recorded; its dynamic links do nothing.")
  @APIResponse(responseCode = "404", description = "No such template")
  @APIResponse(
      responseCode = "422",
      description = "Bad address, a medium that can't be sent, or what the preview refuses")
  public TestSendDto testSend(@PathParam("code") String code, TestSendRequestDto request) {
    RequestBody.require(request);
    TestSend sent =
        testSends.send(
            code,
            TemplateAssembler.toPreviewRequest(
                new PreviewRequestDto(
                    request.contact(),
                    request.entities(),
                    request.language(),
                    request.unrestricted())),
            request.to());
    Preview preview = sent.rendered();
    return new TestSendDto(
        sent.to(),
        new PreviewDto(preview.language(), preview.subject(), preview.body()),
        sent.delivered(),
        sent.reply());
  }
}
