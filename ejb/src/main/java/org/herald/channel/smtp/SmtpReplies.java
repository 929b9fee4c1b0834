package org.herald.channel.smtp;

import jakarta.mail.MessagingException;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.herald.channel.FailureReason;
import org.herald.channel.SendOutcome;

/** Turns what an SMTP exchange threw into an outcome: 4xx and lost connections are transient. */
final class SmtpReplies {

  private SmtpReplies() {}

  private static final System.Logger LOG = System.getLogger(SmtpReplies.class.getName());

  /**
   * @param peer the server, as {@code host:port}, for a reason an operator reads when there was no
   *     reply (the exception goes to the log)
   */
  static SendOutcome classify(MessagingException failure, String peer) {
    for (Throwable t = failure; t != null; t = next(t)) {
      Integer code = replyCode(t);
      if (code != null && code > 0) {
        String reply = t.getMessage() == null ? "" : t.getMessage().trim();
        return code >= 500
            ? SendOutcome.permanentFailure(String.valueOf(code), reply)
            : SendOutcome.transientFailure(String.valueOf(code), reply);
      }
      if (t instanceof IOException) {
        LOG.log(System.Logger.Level.INFO, "SMTP exchange with " + peer + " failed", failure);
        return SendOutcome.transientFailure("CONNECTION", FailureReason.of(t, peer));
      }
    }
    LOG.log(System.Logger.Level.INFO, "SMTP exchange with " + peer + " failed", failure);
    return SendOutcome.transientFailure("MESSAGING", FailureReason.of(failure, peer));
  }

  /**
   * Whether the server answered the failed command with a reply code, so the conversation is
   * intact; 421 is the server closing the connection, not an answer.
   */
  static boolean answered(MessagingException failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      Integer code = replyCode(t);
      if (code != null && code >= 400 && code != 421) {
        return true;
      }
    }
    return false;
  }

  private static Integer replyCode(Throwable t) {
    if (t instanceof SMTPSendFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPAddressFailedException e) {
      return e.getReturnCode();
    }
    return null;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
