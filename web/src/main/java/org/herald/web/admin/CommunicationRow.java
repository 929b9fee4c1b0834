package org.herald.web.admin;

import java.io.Serializable;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.communication.Communication;
import org.herald.message.HtmlContent;
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

  /** Whether its delivery failed: the list makes such rows stand out. */
  public boolean isFailed() {
    return queue != null && queue.getState() == QueueState.REJECTED;
  }

  /** Whether its content is an email's markup, which the detail view shows in a sandboxed frame. */
  public boolean isHtml() {
    return communication.getMedium() == Medium.EMAIL
        && communication.getContent() != null
        && HtmlContent.parse(communication.getContent()).isPresent();
  }

  /** Its email markup as the detail view's sandboxed frame shows it. */
  public String getDocument() {
    return EmailFrame.document(communication.getContent());
  }
}
