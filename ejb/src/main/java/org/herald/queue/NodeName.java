package org.herald.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identifies this server instance in claims, so a claim can be traced to the node holding it and
 * the node, restarted, finds its own claims again (its handover journal is kept under this name):
 * {@code herald.node.name}, by default the server instance's name and the host's. Each node of a
 * cluster needs its own.
 */
@ApplicationScoped
public class NodeName {

  @Inject
  @ConfigProperty(name = "herald.node.name")
  Optional<String> configured;

  private String value;

  @PostConstruct
  void decide() {
    value = configured.filter(name -> !name.isBlank()).orElseGet(NodeName::instanceAndHost);
  }

  public String value() {
    return value;
  }

  private static String instanceAndHost() {
    // Payara's instance name, or WildFly's node name; a plain JVM has neither.
    String instance =
        System.getProperty(
            "com.sun.aas.instanceName", System.getProperty("jboss.node.name", "server"));
    try {
      return instance + "@" + InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return instance;
    }
  }
}
