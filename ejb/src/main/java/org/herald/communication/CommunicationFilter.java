package org.herald.communication;

import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.CommunicationStatus;

/** Narrows a list of communications; a null criterion does not narrow. */
public record CommunicationFilter(
    String contactNumber,
    Direction direction,
    Medium medium,
    String categoryCode,
    CommunicationStatus status) {

  public static CommunicationFilter none() {
    return new CommunicationFilter(null, null, null, null, null);
  }
}
