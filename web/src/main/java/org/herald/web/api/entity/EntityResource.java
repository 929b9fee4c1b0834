package org.herald.web.api.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.entity.EntityDto;
import org.herald.contact.ContactInformation;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityValues;
import org.herald.entity.ReferringEntityService;
import org.herald.entity.StoredEntity;
import org.herald.web.api.RequestBody;

@Path("entities/{type}/{number}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Referring entities",
    description =
        "Records the CRM syncs and templates' tags read (accounts_receivable, wallet, bill,"
            + " payment, subscription, …). contact_information is the contact itself: it is read"
            + " here but changed only through /contacts.")
public class EntityResource {

  private final EntityModel model = EntityModel.crm();

  @Inject ReferringEntityService entities;
  @Inject ContactInformation records;

  @PUT
  @Operation(
      operationId = "putEntity",
      summary = "Create or replace a referring entity",
      description =
          "The values replace everything stored for the record. Not for contact_information:"
              + " contacts are changed with POST /contacts and PUT /contacts/{number} (405).")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(ref = "Entity")))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(ref = "Entity")))
  @APIResponse(responseCode = "404", description = "No such entity type")
  @APIResponse(responseCode = "405", description = "contact_information: use /contacts")
  @APIResponse(responseCode = "422", description = "Unknown field or value of the wrong kind")
  public Response put(
      @PathParam("type") String type, @PathParam("number") String number, EntityDto entity) {
    RequestBody.require(entity);
    ReferringEntityService.Upserted upserted = entities.upsert(type, number, entity.values());
    return Response.status(upserted.created() ? 201 : 200).entity(toDto(upserted.entity())).build();
  }

  @GET
  @Operation(
      operationId = "getEntity",
      summary = "Read a referring entity (contact_information: the contact)")
  @APIResponse(responseCode = "404", description = "No such entity type or record")
  public EntityDto get(@PathParam("type") String type, @PathParam("number") String number) {
    return toDto(records.get(type, number));
  }

  @DELETE
  @Operation(
      operationId = "deleteEntity",
      summary = "Delete a referring entity (not contact_information: 405)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such entity type or record")
  @APIResponse(responseCode = "405", description = "contact_information: use /contacts")
  @APIResponse(
      responseCode = "409",
      description = "Communications refer to it (named in the detail): it stays")
  public void delete(@PathParam("type") String type, @PathParam("number") String number) {
    entities.delete(type, number);
  }

  private EntityDto toDto(StoredEntity stored) {
    var snapshot = stored.snapshot();
    var values =
        EntityValues.toJsonForm(model.type(snapshot.type()).orElseThrow(), snapshot.values());
    return new EntityDto(snapshot.type(), snapshot.number(), values, stored.updatedAt());
  }
}
