package org.herald.web.api.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.event.EventTypeDto;
import org.herald.automation.EventTypes;

@Path("event-types")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Automations")
public class EventTypeResource {

  @GET
  @Operation(
      operationId = "listEventTypes",
      summary = "The business events the CRM can post, derived from the entity model")
  public List<EventTypeDto> list() {
    return EventTypes.crm().all().stream()
        .map(type -> new EventTypeDto(type.name(), type.entityType(), type.event()))
        .toList();
  }
}
