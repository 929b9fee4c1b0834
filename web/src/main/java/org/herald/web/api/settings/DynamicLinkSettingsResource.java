package org.herald.web.api.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.settings.DynamicLinkDto;
import org.herald.api.settings.DynamicLinkSettingsDto;
import org.herald.dynamiclink.DynamicLinkSettingsService;
import org.herald.dynamiclink.DynamicLinks;
import org.herald.error.Violations;
import org.herald.tag.DynamicLinkType;
import org.herald.web.api.RequestBody;

@Path("settings/dynamic-links")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class DynamicLinkSettingsResource {

  @Inject DynamicLinkSettingsService settings;

  @GET
  @Operation(operationId = "getDynamicLinkSettings", summary = "Read the dynamic-link settings")
  public DynamicLinkSettingsDto get() {
    return toDto(settings.get());
  }

  @PUT
  @Operation(
      operationId = "updateDynamicLinkSettings",
      summary = "Change the dynamic-link settings",
      description =
          "Link types left out keep their settings. Enabling a link type needs an endPoint or a"
              + " customUrl; only enabled link types may be used in templates and communications.")
  public DynamicLinkSettingsDto update(DynamicLinkSettingsDto dto) {
    RequestBody.require(dto);
    Violations violations = new Violations();
    Map<DynamicLinkType, DynamicLinks.TypeSetting> types = new EnumMap<>(DynamicLinkType.class);
    Map<DynamicLinkType, Integer> positions = new EnumMap<>(DynamicLinkType.class);
    List<DynamicLinkDto> links = dto.links() == null ? List.of() : dto.links();
    for (int i = 0; i < links.size(); i++) {
      DynamicLinkDto link = links.get(i);
      if (link == null) {
        violations.add("links[" + i + "]", "REQUIRED", "is empty");
        continue;
      }
      violations.require("links[" + i + "].type", link.type());
      DynamicLinkType type =
          violations.enumValue("links[" + i + "].type", DynamicLinkType.class, link.type());
      if (type != null && positions.put(type, i) != null) {
        violations.add("links[" + i + "].type", "DUPLICATE", type + " is listed twice");
      }
      if (type != null) {
        types.put(
            type,
            new DynamicLinks.TypeSetting(link.enabled(), link.linkText(), link.redirectionUrl()));
      }
    }
    violations.throwIfAny();
    return toDto(
        settings.update(
            new DynamicLinkSettingsService.Change(dto.endPoint(), dto.customUrl(), types),
            positions));
  }

  private static DynamicLinkSettingsDto toDto(DynamicLinks links) {
    return new DynamicLinkSettingsDto(
        links.endPoint(),
        links.customUrl(),
        links.types().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                entry ->
                    new DynamicLinkDto(
                        entry.getKey().name(),
                        entry.getValue().enabled(),
                        entry.getValue().linkText(),
                        entry.getValue().redirectionUrl()))
            .toList());
  }
}
