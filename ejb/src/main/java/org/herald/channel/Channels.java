package org.herald.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the channel that serves a message among all deployed ones. */
@ApplicationScoped
public class Channels {

  @Inject @Any Instance<Channel> all;

  public Optional<Channel> serving(OutgoingMessage message) {
    return all.stream().filter(channel -> channel.serves(message)).findFirst();
  }
}
