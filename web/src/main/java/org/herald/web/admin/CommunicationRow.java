package org.herald.web.admin;

import java.io.Serializable;
import org.herald.communication.Communication;
import org.herald.queue.QueueEntry;

/** A communication with its queue entry (null when it was never queued), as the portal shows it. */
public class CommunicationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Communication communication;
  private final QueueEntry queue;

  CommunicationRow(Communication communication, QueueEntry queue) {
    this.communication = communication;
    this.queue = queue;
  }

  public Communication getCommunication() {
    return communication;
  }

  public QueueEntry getQueue() {
    return queue;
  }
}
