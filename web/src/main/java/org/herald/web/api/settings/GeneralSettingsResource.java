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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Medium;
import org.herald.api.settings.AuthorizationDto;
import org.herald.api.settings.EmailServerDto;
import org.herald.api.settings.GeneralSettingsDto;
import org.herald.api.settings.SmsServerDto;
import org.herald.error.Violations;
import org.herald.settings.Authorization;
import org.herald.settings.EmailServer;
import org.herald.settings.GeneralSettingsService;
import org.herald.settings.ServerPasswords;
import org.herald.settings.Settings;
import org.herald.settings.SmsServer;
import org.herald.web.api.RequestBody;

@Path("settings/general")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Servers, allowed media and character limits")
public class GeneralSettingsResource {

  @Inject GeneralSettingsService settings;

  @GET
  @Operation(
      operationId = "getGeneralSettings",
      summary = "Read the general settings (passwords are never shown)")
  public GeneralSettingsDto get() {
    return toDto(settings.get());
  }

  @PUT
  @Operation(
      operationId = "updateGeneralSettings",
      summary = "Replace the general settings",
      description =
          "Takes effect at once on this node and within herald.settings.refresh on others.")
  public GeneralSettingsDto update(GeneralSettingsDto dto) {
    RequestBody.require(dto);
    return toDto(settings.update(toSettings(dto, settings.get().authorization()), passwords(dto)));
  }

  /** The settings the request asks for; authorization left out keeps {@code stored}. */
  private static Settings toSettings(GeneralSettingsDto dto, Authorization stored) {
    Violations violations = new Violations();
    violations.require("emailServer", dto.emailServer());
    violations.require("smsServer", dto.smsServer());
    Set<Medium> allowed = EnumSet.noneOf(Medium.class);
    List<String> media = dto.allowedMedia() == null ? List.of() : dto.allowedMedia();
    for (int i = 0; i < media.size(); i++) {
      Medium medium = violations.enumValue("allowedMedia[" + i + "]", Medium.class, media.get(i));
      if (medium != null) {
        allowed.add(medium);
      }
    }
    Map<Medium, Integer> limits = new EnumMap<>(Medium.class);
    Map<String, Integer> given = dto.characterLimits() == null ? Map.of() : dto.characterLimits();
    for (Map.Entry<String, Integer> limit : given.entrySet()) {
      Medium medium =
          violations.enumValue("characterLimits." + limit.getKey(), Medium.class, limit.getKey());
      if (medium != null) {
        limits.put(medium, limit.getValue());
      }
    }
    violations.throwIfAny();
    EmailServerDto email = dto.emailServer();
    SmsServerDto sms = dto.smsServer();
    return new Settings(
        new EmailServer(
            email.enabled(),
            email.host(),
            email.port(),
            email.username(),
            null,
            email.startTls(),
            email.from()),
        new SmsServer(
            sms.enabled(), sms.host(), sms.port(), sms.systemId(), null, sms.sourceAddress()),
        allowed,
        limits,
        dto.authorization() == null
            ? stored
            : new Authorization(
                dto.authorization().optInDirectMarketingByDefault(),
                dto.authorization().optInAffiliateMarketingByDefault()));
  }

  /** The passwords given, in clear: the service stores them sealed (null keeps the stored one). */
  private static ServerPasswords passwords(GeneralSettingsDto dto) {
    return new ServerPasswords(dto.emailServer().password(), dto.smsServer().password());
  }

  private static GeneralSettingsDto toDto(Settings settings) {
    EmailServer email = settings.emailServer();
    SmsServer sms = settings.smsServer();
    Map<String, Integer> limits = new TreeMap<>();
    settings.characterLimits().forEach((medium, limit) -> limits.put(medium.name(), limit));
    return new GeneralSettingsDto(
        new EmailServerDto(
            email.enabled(),
            email.host(),
            email.port(),
            email.username(),
            null,
            email.password() != null,
            email.startTls(),
            email.from()),
        new SmsServerDto(
            sms.enabled(),
            sms.host(),
            sms.port(),
            sms.systemId(),
            null,
            sms.password() != null,
            sms.sourceAddress()),
        settings.allowedMedia().stream().sorted().map(Medium::name).toList(),
        limits,
        new AuthorizationDto(
            settings.authorization().optInDirectMarketingByDefault(),
            settings.authorization().optInAffiliateMarketingByDefault()));
  }
}
