package org.herald.bench;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;

/**
 * The yardsticks: the sample message sent through the bare libraries, as fast as they go. Email: a
 * pool of connected Jakarta Mail transports, a {@link MimeMessage} each. SMS: one jsmpp session, at
 * most {@code window} submits awaiting their response.
 */
public final class RawLoops {

  private RawLoops() {}

  /** One send of message {@code i}; false when it did not succeed. */
  public interface Sender extends IntPredicate, AutoCloseable {}

  /** Sends messages 0 … n-1 from {@code threads} threads; messages per second. */
  public static double rate(int n, int threads, Sender sender) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      Future<?>[] running = new Future<?>[threads];
      for (int t = 0; t < threads; t++) {
        running[t] =
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < n; ) {
                    if (!sender.test(i)) {
                      failed.incrementAndGet();
                    }
                  }
                });
      }
      for (Future<?> thread : running) {
        thread.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (failed.get() > 0) {
        throw new IllegalStateException(failed.get() + " of " + n + " sends failed");
      }
      return n / seconds;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The message an email loop sends: a subject and a plain body, or an HTML body with its plain
   * alternative (multipart/alternative, as Herald sends HTML), and a List-Unsubscribe address or
   * null. Every part is written beforehand, as a sender that made its texts once would have them.
   */
  public record Letter(String subject, String text, String html, String listUnsubscribe) {

    /** The delivery benchmarks' sample: the seed's payment receipt as plain text. */
    public static final Letter SAMPLE = new Letter(Samples.SUBJECT, Samples.BODY, null, null);

    void writeTo(MimeMessage message) throws MessagingException {
      message.setSubject(subject, UTF_8);
      if (html == null) {
        message.setText(text, UTF_8);
      } else {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8, "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, UTF_8, "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
      }
      if (listUnsubscribe != null) {
        message.setHeader("List-Unsubscribe", "<" + listUnsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
    }
  }

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  /** The {@link Letter#SAMPLE} through a pool of {@code poolSize} connected transports. */
  public static Sender email(int port, int poolSize) throws MessagingException {
    return email(port, poolSize, Letter.SAMPLE);
  }

  /** {@code letter} through a pool of {@code poolSize} connected transports. */
  public static Sender email(int port, int poolSize, Letter letter) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    // Else every Message-ID looks the local host name up again, which Herald's never does.
    properties.put("mail.from", Samples.FROM);
    Session session = Session.getInstance(properties);
    InternetAddress from = new InternetAddress(Samples.FROM);
    BlockingQueue<Transport> pool = new ArrayBlockingQueue<>(poolSize);
    for (int i = 0; i < poolSize; i++) {
      Transport transport = session.getTransport("smtp");
      transport.connect();
      pool.add(transport);
    }
    return new Sender() {
      @Override
      public boolean test(int i) {
        Transport transport;
        try {
          transport = pool.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
        try {
          MimeMessage message = new MimeMessage(session);
          message.setFrom(from);
          message.setRecipient(Message.RecipientType.TO, new InternetAddress(Samples.TO));
          letter.writeTo(message);
          message.setSentDate(new Date());
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
          return true;
        } catch (MessagingException e) {
          return false;
        } finally {
          pool.add(transport);
        }
      }

      @Override
      public void close() throws MessagingException {
        for (Transport transport : pool) {
          transport.close();
        }
      }
    };
  }

  public static Sender sms(int port, int windowSize) throws Exception {
    SMPPSession session = new SMPPSession();
    session.setTransactionTimer(10_000);
    session.setMessageReceiverListener(new TakesReceipts());
    session.connectAndBind(
        "127.0.0.1",
        port,
        new BindParameter(
            BindType.BIND_TRX,
            "herald",
            "secret",
            null,
            TypeOfNumber.UNKNOWN,
            NumberingPlanIndicator.UNKNOWN,
            null),
        10_000);
    Semaphore window = new Semaphore(windowSize);
    byte[] text = Samples.SMS.getBytes(StandardCharsets.US_ASCII);
    RegisteredDelivery receipt = new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE);
    return new Sender() {
      @Override
      public boolean test(int i) {
        try {
          window.acquire();
          try {
            session.submitShortMessage(
                "",
                TypeOfNumber.ALPHANUMERIC,
                NumberingPlanIndicator.UNKNOWN,
                "Herald",
                TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN,
                Samples.PHONE.substring(1),
                new ESMClass(),
                (byte) 0,
                (byte) 0,
                null,
                null,
                receipt,
                (byte) 0,
                DataCodings.ZERO,
                (byte) 0,
                text);
            return true;
          } finally {
            window.release();
          }
        } catch (Exception e) {
          return false;
        }
      }

      @Override
      public void close() {
        session.unbindAndClose();
      }
    };
  }

  /** Answers every delivery receipt with success, as a client that keeps none must. */
  private static final class TakesReceipts implements MessageReceiverListener {
    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) {}

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {}

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, org.jsmpp.session.Session source)
        throws ProcessRequestException {
      throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }
}
