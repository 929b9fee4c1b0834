package org.herald.web.api.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.api.externalsystem.ExternalQueueEntryDto;
import org.herald.api.externalsystem.ExternalQueuePageDto;
import org.herald.api.externalsystem.QueueStateBatchDto;
import org.herald.api.externalsystem.QueueStateBatchResultDto;
import org.herald.api.externalsystem.QueueStateChangeDto;
import org.herald.api.problem.Problem;
import org.herald.error.InvalidValueException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalQueue;
import org.herald.externalsystem.QueueReport;
import org.herald.queue.ExternalQueueFilter;
import org.herald.queue.PulledEntries;
import org.herald.queue.PulledEntry;
import org.herald.queue.QueueCursor;
import org.herald.web.api.ExternalSystemAccess;
import org.herald.web.api.RequestBody;

/**
 * The queue as an external system sees it, authenticated by that system's key: its own entries only
 * (another system's are unknown here), never expired ones.
 */
@Path("queue/entries")
@ApplicationScoped
@ExternalSystemAccess
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Queue (external systems)",
    description = "Pull and settle the entries addressed to the calling system")
@SecurityRequirement(name = "externalSystemKey")
public class ExternalQueueResource {

  static final int DEFAULT_SIZE = 20;

  @Inject ExternalQueue queue;
  @Inject CallingSystem caller;
  @Inject QueueStateBatches batches;

  @GET
  @Operation(
      operationId = "listQueueEntries",
      summary = "List the calling system's queue entries, a page at a time",
      description =
          "Oldest first; expired entries are never listed. Filters: state, medium, contact. Pages"
              + " by cursor: the answer's next, passed as ?after=, gives the following page; the"
              + " last page has none. A page costs the same however long the queue is; the total"
              + " (count=true) costs as much as the whole queue, so it is only counted when asked.")
  @APIResponse(
      responseCode = "422",
      description = "Unknown state or medium, size out of 1–500, an after that is no cursor",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ExternalQueuePageDto list(
      @Parameter(schema = @Schema(implementation = QueueState.class)) @QueryParam("state")
          String state,
      @Parameter(schema = @Schema(implementation = Medium.class)) @QueryParam("medium")
          String medium,
      @QueryParam("contact") String contact,
      @Parameter(description = "The next of the previous page; absent for the first page")
          @QueryParam("after")
          String after,
      @Parameter(
              description = "Entries a page, 1–500 (default 20)",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("size")
          String size,
      @Parameter(
              description = "true adds totalItems, the number of matching entries",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("count")
          String count,
      @Parameter(hidden = true) @QueryParam("page") String page) {
    Violations violations = new Violations();
    ExternalQueueFilter filter =
        new ExternalQueueFilter(
            violations.enumValue("state", QueueState.class, state),
            violations.enumValue("medium", Medium.class, medium),
            contact);
    QueueCursor cursor =
        after == null ? null : violations.check("after", () -> QueueCursor.parse(after));
    Integer pageSize = violations.check("size", () -> size(size));
    Boolean withTotal = violations.check("count", () -> flag(count));
    if (page != null) {
      // Pages by number are gone; a client still asking for page 1 must not get page 0 forever.
      violations.add(
          "page", "UNKNOWN_VALUE", "pages go by cursor now: pass the answer's next as after");
    }
    violations.throwIfAny();
    PulledEntries.Page result = queue.list(caller.get(), filter, cursor, pageSize, withTotal);
    return new ExternalQueuePageDto(
        result.items().stream().map(ExternalQueueResource::toDto).toList(),
        pageSize,
        result.next() == null ? null : result.next().token(),
        result.totalItems());
  }

  @GET
  @Path("{communication}")
  @Operation(operationId = "getQueueEntry", summary = "Read one entry with its content")
  @APIResponse(responseCode = "404", description = "No such entry for this system, or expired")
  public ExternalQueueEntryDto get(@PathParam("communication") String communication) {
    return toDto(queue.get(caller.get(), communication));
  }

  @PUT
  @Path("{communication}/state")
  @Operation(
      operationId = "reportQueueEntryState",
      summary = "Report an entry's state",
      description =
          "COMPLETED or REJECTED (with errorCode and errorReason) from PENDING;"
              + " COMPLETED_AND_REMOVED from PENDING or COMPLETED. Reporting the current state"
              + " again changes nothing.")
  @APIResponse(responseCode = "404", description = "No such entry for this system, or expired")
  @APIResponse(responseCode = "409", description = "The entry's state does not allow it")
  public ExternalQueueEntryDto report(
      @PathParam("communication") String communication, QueueStateChangeDto change) {
    RequestBody.require(change);
    Violations violations = new Violations();
    QueueReport report =
        QueueStateBatches.report(
            violations,
            "",
            communication,
            change.state(),
            change.errorCode(),
            change.errorReason());
    violations.throwIfAny();
    return toDto(queue.report(caller.get(), report));
  }

  @PUT
  @Path("state")
  @Operation(
      operationId = "reportQueueEntryStates",
      summary = "Report the states of many entries in one request",
      description =
          "1 to 500 items, each as the single PUT …/{communication}/state takes it, with its"
              + " communication; all in one transaction. Each item is answered on its own, in"
              + " order: 200 with the entry, 404 no such entry for this system (or expired), 409"
              + " its state does not allow it, 422 invalid with its fields named"
              + " (items[i].errorCode). Only a 200 changed anything; an item naming an entry"
              + " again sees the earlier item's result.")
  @APIResponse(responseCode = "200", description = "Each item's outcome")
  @APIResponse(
      responseCode = "422",
      description = "No items, more than 500, or a null item: nothing changed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public QueueStateBatchResultDto reportAll(QueueStateBatchDto batch) {
    return batches.report(caller.get(), batch);
  }

  private static int size(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_SIZE;
    }
    int size;
    try {
      size = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("NOT_A_NUMBER", "'" + text + "' is not a whole number");
    }
    if (size < 1 || size > ExternalQueue.MAX_REPORTS) {
      // As many as one batch may report, so a page can be settled in one call.
      throw new InvalidValueException(
          "OUT_OF_RANGE", "must be between 1 and " + ExternalQueue.MAX_REPORTS);
    }
    return size;
  }

  private static boolean flag(String text) {
    if (text == null || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    throw new InvalidValueException("UNKNOWN_VALUE", "'" + text + "' is not true or false");
  }

  static ExternalQueueEntryDto toDto(PulledEntry entry) {
    return new ExternalQueueEntryDto(
        entry.communicationNumber(),
        entry.contactNumber(),
        entry.medium(),
        entry.recipient(),
        entry.subject(),
        entry.content(),
        entry.state(),
        entry.errorCode(),
        entry.errorReason(),
        entry.createdAt(),
        entry.expiresAt(),
        entry.completedAt());
  }
}
