package org.herald.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the port the test domain delivers email to, up for the whole of
 * a test class that registers it ({@code @RegisterExtension static}); tests stop and start it to
 * stage an unreachable server.
 */
public final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

  private static final ServerSetup SMTP =
      new ServerSetup(
          Integer.getInteger("herald.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  private GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  public void start() {
    server = new GreenMail(SMTP);
    server.start();
  }

  public void stop() {
    server.stop();
  }

  /**
   * Makes the server check the password of {@code login} when a client logs in (GreenMail accepts
   * mail without a login, but refuses a login with a wrong password).
   */
  public void addUser(String login, String password) {
    server.setUser(login + "@herald.test", login, password);
  }

  public boolean isRunning() {
    return server.isRunning();
  }

  /** The emails received so far for {@code address}, oldest first. */
  public List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
  }

  /** Waits up to 20 s for at least {@code count} emails to {@code address}; oldest first. */
  public List<MimeMessage> awaitReceived(String address, int count) {
    return awaitReceived(address, count, Duration.ofSeconds(20));
  }

  public List<MimeMessage> awaitReceived(String address, int count, Duration timeout) {
    return Eventually.await(
        timeout, () -> receivedBy(address), messages -> messages.size() >= count);
  }

  /** The email's plain text, line ends as written. */
  public static String plainText(MimeMessage mail) {
    try {
      Object content = mail.getContent();
      if (content instanceof Multipart parts) {
        for (int i = 0; i < parts.getCount(); i++) {
          BodyPart part = parts.getBodyPart(i);
          if (part.isMimeType("text/plain")) {
            content = part.getContent();
            break;
          }
        }
      }
      return ((String) content).replace("\r\n", "\n").stripTrailing();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text/html part of a multipart/alternative email, as Herald sends markup. */
  public static String htmlPart(MimeMessage mail) {
    try {
      Multipart alternative = (Multipart) mail.getContent();
      for (int i = 0; i < alternative.getCount(); i++) {
        BodyPart part = alternative.getBodyPart(i);
        if (part.isMimeType("text/html")) {
          return (String) part.getContent();
        }
      }
      throw new AssertionError("no HTML part");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean sentTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
