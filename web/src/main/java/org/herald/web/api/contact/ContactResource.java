package org.herald.web.api.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.contact.ContactDto;
import org.herald.api.problem.Problem;
import org.herald.communication.ContactErasure;
import org.herald.contact.Contact;
import org.herald.contact.ContactRepository;
import org.herald.contact.ContactService;
import org.herald.paging.PageRequest;
import org.herald.web.api.IdempotencyKey;
import org.herald.web.api.Pages;
import org.herald.web.api.input.MergePatch;

@Path("contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The people Herald communicates with (contact_information)")
public class ContactResource {

  @Inject ContactService contacts;
  @Inject ContactAssembler assembler;
  @Inject ContactErasure erasure;

  @POST
  @Operation(operationId = "createContact", summary = "Add a contact")
  @APIResponse(
      responseCode = "201",
      description = "Created (or made earlier under the same key)",
      content = @Content(schema = @Schema(ref = "Contact")))
  @APIResponse(
      responseCode = "422",
      description = "Invalid value, or an Idempotency-Key used before for another request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      ContactDto contact,
      @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER)
          String idempotencyKey,
      @Context UriInfo uri) {
    Contact created =
        contacts.create(assembler.toDetails(contact), IdempotencyKey.check(idempotencyKey));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getNumber()).build())
        .entity(assembler.toDto(created))
        .build();
  }

  @GET
  @Path("{number}")
  @Operation(operationId = "getContact", summary = "Read a contact")
  @APIResponse(responseCode = "404", description = "No such contact")
  public ContactDto get(@PathParam("number") String number) {
    return assembler.toDto(contacts.get(number));
  }

  @PUT
  @Path("{number}")
  @Operation(operationId = "replaceContact", summary = "Replace a contact's details")
  public ContactDto update(@PathParam("number") String number, ContactDto contact) {
    return assembler.toDto(contacts.update(number, assembler.toDetails(contact)));
  }

  @PATCH
  @Path("{number}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "patchContact",
      summary = "Change some of a contact's details",
      description =
          "A JSON Merge Patch (RFC 7396): the members given replace the contact's, a member set"
              + " to null is removed, and lists (emails, phones) are replaced whole. The contact"
              + " it makes is checked as PUT checks a whole one.")
  @RequestBody(
      content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(ref = "Contact")))
  @APIResponse(responseCode = "404", description = "No such contact")
  public ContactDto patch(@PathParam("number") String number, String patch) {
    MergePatch changes = MergePatch.parse(patch);
    ContactDto patched = changes.applyTo(assembler.toDto(contacts.get(number)), ContactDto.class);
    return assembler.toDto(contacts.update(number, assembler.toDetails(patched)));
  }

  @DELETE
  @Path("{number}")
  @Operation(
      operationId = "eraseContact",
      summary = "Erase a contact (the right to erasure)",
      description =
          "Removes the contact's personal data (name becomes \"Erased contact\"; emails, phones,"
              + " language and opt-ins go) and its communications' subjects, contents, recipients"
              + " and unrestricted values (\"[erased]\"), in the queue too; the records stay,"
              + " anonymised, so counts and histories still add up. A delivery still pending is"
              + " rejected with ERASED. The audit trail records it. Cannot be undone.")
  @APIResponse(responseCode = "204", description = "Erased")
  @APIResponse(responseCode = "404", description = "No such contact")
  public void erase(@PathParam("number") String number) {
    erasure.erase(number);
  }

  @GET
  @Operation(
      operationId = "listContacts",
      summary = "List contacts",
      description = "sort: number, name or createdAt, then ,asc or ,desc")
  public Page<ContactDto> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, ContactRepository.SORTABLE.keySet(), "number");
    return Pages.of(contacts.list(request), assembler::toDto);
  }
}
