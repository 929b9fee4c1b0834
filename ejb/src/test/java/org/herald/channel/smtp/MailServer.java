package org.herald.channel.smtp;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GreenMail's SMTP server on a free loopback port, with two of its own hooks put to use: it counts
 * the connections it accepts, and its {@link SmtpManager}'s checks for RCPT and for the received
 * DATA answer with a reply of our choosing when told to ("451 …", "550 …"), which GreenMail sends
 * to the client as is. Everything else is GreenMail's real SMTP conversation and store.
 */
final class MailServer implements AutoCloseable {

  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger dataReceived = new AtomicInteger();
  private volatile boolean dropAfterNextData;
  private final Refusals recipients = new Refusals();
  private final Refusals data = new Refusals();
  private final Managers managers = new RefusingManagers();
  private final SmtpServer server;

  private MailServer(int idleTimeoutMillis) {
    managers.getUserManager().setAuthRequired(false);
    server =
        new CountingServer(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), managers);
    if (idleTimeoutMillis > 0) {
      server.setClientSocketTimeout(idleTimeoutMillis);
    }
    server.startService();
    try {
      if (!server.waitTillRunning(5_000)) {
        throw new IllegalStateException("GreenMail SMTP did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static MailServer start() {
    return new MailServer(0);
  }

  /** One that closes a connection idle this long, with "421 … (socket timeout)" as servers do. */
  static MailServer closingIdleAfter(int millis) {
    return new MailServer(millis);
  }

  int port() {
    return server.getPort();
  }

  int connections() {
    return connections.get();
  }

  List<MimeMessage> received() {
    return managers.getImapHostManager().getAllMessages().stream()
        .map(StoredMessage::getMimeMessage)
        .toList();
  }

  /** How many messages' DATA the server received in all, whatever it answered. */
  int dataReceived() {
    return dataReceived.get();
  }

  /**
   * Drops the connection without a reply once the next message's DATA is in, as a server that
   * crashes there does: the client cannot know whether the message was taken.
   */
  void dropAfterNextData() {
    dropAfterNextData = true;
  }

  /** Answers the next {@code count} RCPT commands with {@code reply}. */
  void refuseRecipients(int count, String reply) {
    recipients.next(count, reply);
  }

  /** Answers the end of the next {@code count} messages' DATA with {@code reply}. */
  void refuseData(int count, String reply) {
    data.next(count, reply);
  }

  @Override
  public void close() {
    server.stopService(5_000);
  }

  private static final class Refusals {
    private int left;
    private String reply;

    synchronized void next(int count, String reply) {
      this.left = count;
      this.reply = reply;
    }

    /** The reply for this command, or null to let GreenMail accept it. */
    synchronized String take() {
      if (left == 0) {
        return null;
      }
      left--;
      return reply;
    }
  }

  private final class RefusingManagers extends Managers {
    private SmtpManager smtp;

    @Override
    public synchronized SmtpManager getSmtpManager() {
      if (smtp == null) {
        smtp = new RefusingSmtp(getImapHostManager(), getUserManager());
      }
      return smtp;
    }
  }

  private final class RefusingSmtp extends SmtpManager {
    RefusingSmtp(ImapHostManager imap, UserManager users) {
      super(imap, users);
    }

    @Override
    public String checkRecipient(SmtpState state, com.icegreen.greenmail.mail.MailAddress rcpt) {
      return recipients.take();
    }

    @Override
    public String checkData(SmtpState state) {
      dataReceived.incrementAndGet();
      if (dropAfterNextData) {
        dropAfterNextData = false;
        // GreenMail's handler closes the connection on an unexpected exception.
        throw new IllegalStateException("dropping the connection after DATA, as told");
      }
      return data.take();
    }
  }

  private final class CountingServer extends SmtpServer {
    CountingServer(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
      connections.incrementAndGet();
      return super.createProtocolHandler(clientSocket);
    }
  }
}
