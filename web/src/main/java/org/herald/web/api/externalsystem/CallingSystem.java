package org.herald.web.api.externalsystem;

import jakarta.enterprise.context.RequestScoped;
import org.herald.externalsystem.ExternalSystem;

/**
 * The external system a request came from, as {@link ExternalSystemAuthentication} recognised it by
 * its key: resources take it from here instead of looking the system up again.
 */
@RequestScoped
public class CallingSystem {

  private ExternalSystem system;

  void authenticated(ExternalSystem system) {
    this.system = system;
  }

  public ExternalSystem get() {
    if (system == null) {
      // Only resources behind @ExternalSystemAccess ask, and the filter admitted nobody else.
      throw new IllegalStateException("No external system authenticated this request");
    }
    return system;
  }
}
