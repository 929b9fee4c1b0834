package org.herald.communication;

import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.api.communication.CommunicationStatus;

/**
 * Narrows a list of communications; a null criterion does not narrow. {@code contactSearch} finds
 * the contact by its exact number or by a part of its name (any case), as the portal's contact
 * column does; {@code deliveryState} keeps those whose queue entry is in that state (so none that
 * was never queued: drafts, incoming ones).
 */
public record CommunicationFilter(
    String contactNumber,
    String contactSearch,
    Direction direction,
    Medium medium,
    String categoryCode,
    CommunicationStatus status,
    QueueState deliveryState) {

  public static CommunicationFilter none() {
    return new CommunicationFilter(null, null, null, null, null, null, null);
  }
}
