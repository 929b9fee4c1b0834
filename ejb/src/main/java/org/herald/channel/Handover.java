package org.herald.channel;

/**
 * Told the moment a message starts going to its peer: a connection or a window slot is held and the
 * bytes follow. Before it, the peer cannot have the message; after it, it may. The queue records
 * it, so that a node killed mid-send knows which messages may have left.
 */
@FunctionalInterface
public interface Handover {

  Handover NONE = () -> {};

  void begins();
}
