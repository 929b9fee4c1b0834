package org.herald.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/** Identifies this server instance in claims, so a claim can be traced to the node holding it. */
@ApplicationScoped
public class NodeName {

  private final String value =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  public String value() {
    return value;
  }
}
