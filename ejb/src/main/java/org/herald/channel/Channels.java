package org.herald.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.herald.api.Medium;

/** Finds the channel that serves a medium among all deployed ones. */
@ApplicationScoped
public class Channels {

  @Inject @Any Instance<Channel> all;

  public Optional<Channel> serving(Medium medium) {
    return all.stream().filter(channel -> channel.serves(medium)).findFirst();
  }
}
