package org.herald.bench;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.channel.smpp.SmppSettings;
import org.herald.channel.smpp.SmscClient;
import org.herald.channel.smtp.SmtpSender;
import org.herald.settings.EmailServer;

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

  private DeliveryBenchmark() {}

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
              () -> RawLoops.email(smtp.port(), POOL_SIZE));
      Figures sms =
          compare(
              "SMS (SMPP, window of " + WINDOW + ")",
              messages,
              WINDOW,
              () -> heraldSms(smsc.port(), numbers),
              () -> RawLoops.sms(smsc.port(), WINDOW));
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
    RawLoops.Sender open() throws Exception;
  }

  private static Figures compare(
      String what, int messages, int threads, Opening herald, Opening raw) throws Exception {
    try (RawLoops.Sender h = herald.open();
        RawLoops.Sender r = raw.open()) {
      int warmUp = messages;
      RawLoops.rate(warmUp, threads, h);
      RawLoops.rate(warmUp, threads, r);
      double[] heraldRates = new double[ROUNDS];
      double[] rawRates = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        // Each goes first in turn, so neither always meets a JIT or a neighbour in the same state.
        if (round % 2 == 0) {
          heraldRates[round] = RawLoops.rate(messages, threads, h);
          rawRates[round] = RawLoops.rate(messages, threads, r);
        } else {
          rawRates[round] = RawLoops.rate(messages, threads, r);
          heraldRates[round] = RawLoops.rate(messages, threads, h);
        }
      }
      System.out.printf(
          "%s: herald %s, raw %s messages/s%n",
          what, Arrays.toString(rounded(heraldRates)), Arrays.toString(rounded(rawRates)));
      return new Figures(what, median(heraldRates), median(rawRates));
    }
  }

  private static RawLoops.Sender heraldEmail(int port, String[] numbers) {
    SmtpSender sender =
        new SmtpSender(
            new EmailServer(true, "127.0.0.1", port, null, null, false, Samples.FROM),
            null,
            Duration.ofSeconds(10),
            POOL_SIZE);
    return new RawLoops.Sender() {
      @Override
      public boolean test(int i) {
        SendOutcome outcome =
            sender.send(
                new OutgoingMessage(
                    numbers[i], Medium.EMAIL, Samples.TO, Samples.SUBJECT, Samples.BODY));
        return outcome.kind() == SendOutcome.Kind.DELIVERED;
      }

      @Override
      public void close() {
        sender.close();
      }
    };
  }

  private static RawLoops.Sender heraldSms(int port, String[] numbers) {
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
    return new RawLoops.Sender() {
      @Override
      public boolean test(int i) {
        SendOutcome outcome =
            client.send(
                new OutgoingMessage(numbers[i], Medium.SMS, Samples.PHONE, null, Samples.SMS));
        return outcome.kind() == SendOutcome.Kind.ACCEPTED;
      }

      @Override
      public void close() {
        client.close();
        scheduler.shutdownNow();
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
