package org.herald.web.api.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.problem.Problem;
import org.herald.api.settings.TrackingSettingsDto;
import org.herald.tracking.TrackingSettings;
import org.herald.tracking.TrackingSettingsService;
import org.herald.web.api.RequestBody;

@Path("settings/tracking")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Servers, allowed media and character limits")
public class TrackingSettingsResource {

  @Inject TrackingSettingsService settings;

  @GET
  @Operation(operationId = "getTrackingSettings", summary = "Read the tracking settings")
  public TrackingSettingsDto get() {
    return toDto(settings.get());
  }

  @PUT
  @Operation(
      operationId = "updateTrackingSettings",
      summary = "Replace the tracking settings",
      description =
          "Applies to emails queued from then on: at once on this node and within"
              + " herald.settings.refresh on others.")
  @APIResponse(
      responseCode = "422",
      description = "An address that is not a host or an http(s) URL, or an unknown scope",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public TrackingSettingsDto update(TrackingSettingsDto dto) {
    RequestBody.require(dto);
    return toDto(
        settings.update(
            TrackingSettings.of(dto.enabled(), dto.endPoint(), dto.customUrl(), dto.scope())));
  }

  private static TrackingSettingsDto toDto(TrackingSettings settings) {
    return new TrackingSettingsDto(
        settings.enabled(), settings.endPoint(), settings.customUrl(), settings.scope().name());
  }
}
