package org.herald.web.api.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.problem.Problem;
import org.herald.api.settings.LinkKeyDto;
import org.herald.link.SigningKey;

@Path("settings/link-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Servers, allowed media and character limits")
public class LinkKeyResource {

  @Inject SigningKey keys;

  @POST
  @Path("rotate")
  @Operation(
      operationId = "rotateLinkKey",
      summary = "Introduce a new link signing key",
      description =
          "Links made from then on are signed with a new key, stored sealed; links already sent"
              + " keep working until they expire, since the older keys still verify. Other nodes"
              + " take the new key up within herald.settings.refresh.")
  @APIResponse(
      responseCode = "200",
      description = "The new key's id",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LinkKeyDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The signing key comes from configuration (herald.link.secret): rotate it there",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public LinkKeyDto rotateLinkKey() {
    return new LinkKeyDto(keys.rotate());
  }
}
