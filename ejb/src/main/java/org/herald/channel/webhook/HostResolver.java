package org.herald.channel.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Finds the addresses of a host name; tests give literal answers instead of asking DNS. */
@FunctionalInterface
public interface HostResolver {

  /** The system's resolver: the one the HTTP client connects with. */
  HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

  List<InetAddress> addresses(String host) throws UnknownHostException;
}
