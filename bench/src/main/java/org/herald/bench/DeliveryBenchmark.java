package org.herald.bench;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.channel.smpp.SmppSettings;
import org.herald.channel.smpp.SmscClient;
import org.herald.channel.smtp.SmtpSender;
import org.herald.settings.EmailServer;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * Messages per second through Herald's channel cores against the same messages through the bare
 * library, to local sinks that accept and discard: email through {@link SmtpSender} (composition
 * with the stable Message-ID, a pooled connection, the outcome) against a pool of the same size of
 * Jakarta Mail transports sending a plain {@link MimeMessage}; SMS through {@link SmscClient} (GSM
 * encoding, the shared window, the outcome) against one jsmpp session submitting with the same
 * window. As many threads as connections (window) send, as the dispatcher's do. Not JMH: each
 * figure is a fixed number of messages over real sockets, timed whole; each variant is warmed up,
 * then the two alternate for three rounds (taking turns to go first) and the median counts.
 */
final class DeliveryBenchmark {

  /** The defaults of herald.mail.smtp.pool-size and herald.sms.smpp.window. */
  static final int POOL_SIZE = 4;

  static final int WINDOW = 10;
  static final double TARGET_RATIO = 0.8;

  private static final int ROUNDS = 3;
  private static final String FROM = "herald@company-zx.com";
  private static final String TO = "maria.georgiou@example.com";
  private static final String SUBJECT = "Payment receipt PM000042";
  private static final String BODY =
      """
      Dear Maria Georgiou,

      We would like to inform you that your payment, with payment number: PM000042 for €50.00 \
      has been successfully processed.

      Your current balance is: 1,234.56 and your outstanding amount is: 350.00

      Should you need further assistance or any clarifications please do not hesitate to call our \
      call center at any time.

      AluxSat Co""";
  private static final String SMS =
      "Dear Maria, your payment PM000042 of EUR 50.00 was processed. Balance: 1,234.56.";
  private static final String PHONE = "+35799123456";

  private DeliveryBenchmark() {}

  /** One send of message {@code i}; false when it did not succeed. */
  private interface Sender extends IntPredicate, AutoCloseable {}

  record Figures(String what, double herald, double raw) {
    double ratio() {
      return herald / raw;
    }
  }

  static Figures[] run(int messages) throws Exception {
    String[] numbers = new String[messages];
    Arrays.setAll(numbers, i -> String.format("CM%06d", i));
    try (SmtpSink smtp = new SmtpSink();
        SmscSink smsc = new SmscSink()) {
      Figures email =
          compare(
              "Email (SMTP, pool of " + POOL_SIZE + ")",
              messages,
              POOL_SIZE,
              () -> heraldEmail(smtp.port(), numbers),
              () -> rawEmail(smtp.port()));
      Figures sms =
          compare(
              "SMS (SMPP, window of " + WINDOW + ")",
              messages,
              WINDOW,
              () -> heraldSms(smsc.port(), numbers),
              () -> rawSms(smsc.port()));
      System.out.printf(
          "  (the SMTP sink took %,d messages over %,d connections; the SMSC sink %,d submits)%n",
          smtp.messages(), smtp.connections(), smsc.submits());
      return new Figures[] {email, sms};
    }
  }

  static void print(Figures figures) {
    System.out.println(figures.what() + ", messages/s:");
    System.out.printf("  herald  %,12.0f%n", figures.herald());
    System.out.printf("  raw     %,12.0f%n", figures.raw());
    System.out.printf(
        "  herald/raw = %.0f %% (target ≥ %.0f %%: %s)%n",
        figures.ratio() * 100,
        TARGET_RATIO * 100,
        figures.ratio() >= TARGET_RATIO ? "met" : "NOT met");
  }

  private interface Opening {
    Sender open() throws Exception;
  }

  private static Figures compare(
      String what, int messages, int threads, Opening herald, Opening raw) throws Exception {
    try (Sender h = herald.open();
        Sender r = raw.open()) {
      int warmUp = messages;
      rate(warmUp, threads, h);
      rate(warmUp, threads, r);
      double[] heraldRates = new double[ROUNDS];
      double[] rawRates = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        // Each goes first in turn, so neither always meets a JIT or a neighbour in the same state.
        if (round % 2 == 0) {
          heraldRates[round] = rate(messages, threads, h);
          rawRates[round] = rate(messages, threads, r);
        } else {
          rawRates[round] = rate(messages, threads, r);
          heraldRates[round] = rate(messages, threads, h);
        }
      }
      System.out.printf(
          "%s: herald %s, raw %s messages/s%n",
          what, Arrays.toString(rounded(heraldRates)), Arrays.toString(rounded(rawRates)));
      return new Figures(what, median(heraldRates), median(rawRates));
    }
  }

  /** Sends messages 0 … n-1 from {@code threads} threads; messages per second. */
  private static double rate(int n, int threads, Sender sender) throws Exception {
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

  private static Sender heraldEmail(int port, String[] numbers) {
    SmtpSender sender =
        new SmtpSender(
            new EmailServer(true, "127.0.0.1", port, null, null, false, FROM),
            null,
            Duration.ofSeconds(10),
            POOL_SIZE);
    return new Sender() {
      @Override
      public boolean test(int i) {
        SendOutcome outcome =
            sender.send(new OutgoingMessage(numbers[i], Medium.EMAIL, TO, SUBJECT, BODY));
        return outcome.kind() == SendOutcome.Kind.DELIVERED;
      }

      @Override
      public void close() {
        sender.close();
      }
    };
  }

  private static Sender rawEmail(int port) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    // Else every Message-ID looks the local host name up again, which Herald's never does.
    properties.put("mail.from", FROM);
    Session session = Session.getInstance(properties);
    InternetAddress from = new InternetAddress(FROM);
    BlockingQueue<Transport> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    for (int i = 0; i < POOL_SIZE; i++) {
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
          message.setRecipient(Message.RecipientType.TO, new InternetAddress(TO));
          message.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
          message.setText(BODY, StandardCharsets.UTF_8.name());
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

  private static Sender heraldSms(int port, String[] numbers) {
    SmppSettings settings =
        new SmppSettings(
            true,
            "127.0.0.1",
            port,
            "herald",
            "secret",
            null,
            "Herald",
            (byte) 5,
            (byte) 0,
            WINDOW,
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofDays(2),
            Duration.ofSeconds(1),
            Duration.ofMinutes(1));
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    SmscClient client = new SmscClient(settings, receipt -> {}, scheduler, Clock.systemUTC());
    return new Sender() {
      @Override
      public boolean test(int i) {
        SendOutcome outcome =
            client.send(new OutgoingMessage(numbers[i], Medium.SMS, PHONE, null, SMS));
        return outcome.kind() == SendOutcome.Kind.ACCEPTED;
      }

      @Override
      public void close() {
        client.close();
        scheduler.shutdownNow();
      }
    };
  }

  private static Sender rawSms(int port) throws Exception {
    SMPPSession session = new SMPPSession();
    session.setTransactionTimer(10_000);
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
    Semaphore window = new Semaphore(WINDOW);
    byte[] text = SMS.getBytes(StandardCharsets.US_ASCII);
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
                PHONE.substring(1),
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

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long[] rounded(double[] values) {
    return Arrays.stream(values).mapToLong(Math::round).toArray();
  }
}
