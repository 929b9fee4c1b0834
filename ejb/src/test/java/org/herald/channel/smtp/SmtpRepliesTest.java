package org.herald.channel.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.herald.channel.SendOutcome;
import org.herald.channel.SendOutcome.Kind;
import org.junit.jupiter.api.Test;

class SmtpRepliesTest {

  @Test
  void a4xxReplyIsTransient() {
    SendOutcome outcome =
        SmtpReplies.classify(
            sendFailed(451, "451 4.3.0 Mail server temporarily rejected message"),
            "smtp.example.com:25");
    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind());
    assertEquals("451", outcome.code());
    assertEquals("451 4.3.0 Mail server temporarily rejected message", outcome.reply());
  }

  @Test
  void a5xxReplyIsPermanent() {
    SendOutcome outcome =
        SmtpReplies.classify(sendFailed(554, "554 5.7.1 Message rejected"), "smtp.example.com:25");
    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind());
    assertEquals("554", outcome.code());
  }

  @Test
  void aRefusedRecipientInsideASendFailureIsFound() throws Exception {
    InternetAddress to = new InternetAddress("nobody@example.com");
    SMTPAddressFailedException refused =
        new SMTPAddressFailedException(to, "RCPT TO", 550, "550 5.1.1 No such user");
    SendFailedException failure = new SendFailedException("Invalid Addresses", refused);

    SendOutcome outcome = SmtpReplies.classify(failure, "smtp.example.com:25");
    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind());
    assertEquals("550", outcome.code());
  }

  @Test
  void aLostConnectionIsTransient() {
    SendOutcome outcome =
        SmtpReplies.classify(
            new MessagingException("Couldn't connect", new ConnectException("Connection refused")),
            "smtp.example.com:25");
    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind());
    assertEquals("CONNECTION", outcome.code());
    assertEquals("Connection refused by smtp.example.com:25", outcome.reply());
  }

  private static SMTPSendFailedException sendFailed(int code, String reply) {
    return new SMTPSendFailedException("DATA", code, reply, null, null, null, null);
  }
}
