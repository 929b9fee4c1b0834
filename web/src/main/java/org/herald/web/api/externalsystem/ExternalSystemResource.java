package org.herald.web.api.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Medium;
import org.herald.api.Page;
import org.herald.api.externalsystem.ExternalSystemDto;
import org.herald.error.InvalidValueException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemDetails;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.externalsystem.ExternalSystemService.Registration;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("external-systems")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "External systems",
    description = "Portals and apps that process their own queue entries")
public class ExternalSystemResource {

  @Inject ExternalSystemService systems;

  @POST
  @Operation(
      operationId = "registerExternalSystem",
      summary = "Register an external system",
      description = "The answer carries the system's API key: the only time it is shown.")
  @APIResponse(
      responseCode = "201",
      description = "Created, with the API key",
      content = @Content(schema = @Schema(ref = "ExternalSystem")))
  @APIResponse(
      responseCode = "422",
      description = "Invalid or duplicate code, no media, a webhook URL Herald may not reach…")
  public Response register(ExternalSystemDto system, @Context UriInfo uri) {
    RequestBody.require(system);
    Registration registration = systems.register(system.code(), details(system));
    return Response.created(
            uri.getAbsolutePathBuilder().path(registration.system().getCode()).build())
        .entity(toDto(registration.system(), registration))
        .build();
  }

  @GET
  @Operation(
      operationId = "listExternalSystems",
      summary = "List external systems",
      description = "Paged like every list; sort: code or name, then ,asc or ,desc")
  public Page<ExternalSystemDto> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, ExternalSystemRepository.SORTABLE.keySet(), "code");
    return Pages.of(systems.list(request), s -> toDto(s, null));
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getExternalSystem", summary = "Read an external system (never its key)")
  public ExternalSystemDto get(@PathParam("code") String code) {
    return toDto(systems.get(code), null);
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "updateExternalSystem",
      summary = "Change an external system's name, media, character limit or webhook",
      description =
          "A webhook added to a system that had none gets a new signing secret, shown in this"
              + " answer only (webhookSecret); the API key is never shown here.")
  @APIResponse(responseCode = "422", description = "No media, a webhook URL Herald may not reach…")
  public ExternalSystemDto update(@PathParam("code") String code, ExternalSystemDto system) {
    RequestBody.require(system);
    Registration changed = systems.update(code, details(system));
    return toDto(changed.system(), changed);
  }

  @POST
  @Path("{code}/api-key")
  @Operation(
      operationId = "rotateExternalSystemKey",
      summary = "Rotate the API key",
      description =
          "The answer shows the new key, once (and a new webhook secret, if the system has a"
              + " webhook). The old key keeps working for herald.external-system.key-grace"
              + " (default 5 minutes), then is revoked; the old webhook secret stops at once.")
  public ExternalSystemDto rotateKey(@PathParam("code") String code) {
    Registration registration = systems.rotateKey(code);
    return toDto(registration.system(), registration);
  }

  private static ExternalSystemDetails details(ExternalSystemDto dto) {
    Violations violations = new Violations();
    Set<Medium> media = EnumSet.noneOf(Medium.class);
    List<String> given = dto.supportedMedia() == null ? List.of() : dto.supportedMedia();
    for (int i = 0; i < given.size(); i++) {
      Medium medium = violations.enumValue("supportedMedia[" + i + "]", Medium.class, given.get(i));
      if (medium != null) {
        media.add(medium);
      }
    }
    URI webhook =
        dto.webhookUrl() == null || dto.webhookUrl().isBlank()
            ? null
            : violations.check("webhookUrl", () -> url(dto.webhookUrl()));
    violations.throwIfAny();
    return new ExternalSystemDetails(
        dto.name(), dto.alternativeCode(), media, dto.characterLimit(), webhook);
  }

  private static URI url(String text) {
    try {
      return new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new InvalidValueException("INVALID_URL", "'" + text + "' is not a URL");
    }
  }

  /** The system as shown; its secrets only in the answer of a registration or rotation. */
  private static ExternalSystemDto toDto(ExternalSystem system, Registration secrets) {
    return new ExternalSystemDto(
        system.getCode(),
        system.getName(),
        system.getAlternativeCode(),
        system.getSupportedMedia().stream().sorted().map(Medium::name).toList(),
        system.getCharacterLimit(),
        system.getWebhookUrl(),
        secrets == null || secrets.key() == null ? null : secrets.key().value(),
        secrets == null ? null : secrets.webhookSecret(),
        system.getKeyCreatedAt());
  }
}
