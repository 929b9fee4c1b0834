package org.herald.it.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What GreenMail received for one address, waited for. */
public final class Mailbox {

  private Mailbox() {}

  /** At least {@code count} messages to {@code address}, in the order received. */
  public static List<MimeMessage> received(GreenMail server, String address, int count) {
    return Eventually.await(
        Duration.ofSeconds(20),
        () ->
            Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipient(message).equals(address))
                .toList(),
        messages -> messages.size() >= count);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
