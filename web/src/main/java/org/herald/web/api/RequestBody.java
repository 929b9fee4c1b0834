package org.herald.web.api;

import jakarta.ws.rs.BadRequestException;

/** Create and update requests need a JSON body; an empty one is malformed (400). */
public final class RequestBody {

  private RequestBody() {}

  public static void require(Object body) {
    if (body == null) {
      throw new BadRequestException("The request needs a JSON body");
    }
  }
}
