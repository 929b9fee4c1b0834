package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestBroker;
import org.herald.it.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A burst of emails through the SMTP rate limit of the test domain (100 a second, so up to 100 at
 * once): they go at the limit's pace, none is lost, and each is claimed once, because a message
 * over the limit is given its slot once and waits for it, instead of being postponed again and
 * again.
 */
class QueueDispatchIT {

  private static final int EMAILS = 2000;

  /**
   * herald.mail.smtp.rate-limit in it/domain.sh: the bucket holds as many as it refills a second.
   */
  private static final int PER_SECOND = 100;

  private static final int BURST = PER_SECOND;

  @RegisterExtension static final TestMailServer smtpServer = new TestMailServer();

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void twoThousandEmailsGoAtTheLimitsPaceEachClaimedOnce() throws Exception {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);

    // The broker holds the dispatch signals while the emails are created, however slowly, so
    // that all 2,000 reach the dispatcher at once: a backlog twenty times the limit.
    Instant released;
    Duration creating;
    TestBroker.pauseDispatch();
    try {
      Instant start = Instant.now();
      List<ApiResponse> created = createInParallel(contact);
      creating = Duration.between(start, Instant.now());
      created.forEach(response -> assertEquals(201, response.status(), response::toString));
    } finally {
      released = Instant.now();
      TestBroker.resumeDispatch();
    }

    List<MimeMessage> received = smtpServer.awaitReceived(address, EMAILS, Duration.ofMinutes(3));
    assertEquals(EMAILS, received.size());
    assertEquals(EMAILS, received.stream().map(QueueDispatchIT::messageId).distinct().count());
    assertEquals(
        EMAILS,
        Database.count(
            "SELECT COUNT(*) FROM queue_entry WHERE contact_number = ? AND state = 'COMPLETED'"
                + " AND attempts = 1",
            contact),
        "each completed at its first attempt");

    List<Long> sentAt =
        Database.longs(
            "SELECT CAST(EXTRACT(EPOCH FROM a.attempted_at) * 1000 AS BIGINT)"
                + " FROM queue_attempt a JOIN queue_entry q ON q.id = a.queue_entry_id"
                + " WHERE q.contact_number = ? ORDER BY a.attempted_at",
            contact);
    long first = sentAt.get(0);
    Duration elapsed = Duration.ofMillis(sentAt.get(EMAILS - 1) - released.toEpochMilli());
    Map<Long, Long> perSecond =
        sentAt.stream()
            .collect(
                Collectors.groupingBy(
                    t -> (t - first) / 1000, TreeMap::new, Collectors.counting()));
    long claims =
        Database.count("SELECT SUM(claims) FROM queue_entry WHERE contact_number = ?", contact);
    Map<Integer, Long> busiest = new TreeMap<>();
    for (int seconds : new int[] {1, 2, 5, 10}) {
      busiest.put(seconds, busiestWindow(sentAt, seconds * 1000L));
    }
    System.out.printf(
        "QueueDispatchIT: %d emails created in %d ms while dispatch was held; the last sent %d ms"
            + " after the release (first to last send %d ms); %d claims; most sent within T s %s; sent per"
            + " second %s%n",
        EMAILS,
        creating.toMillis(),
        elapsed.toMillis(),
        sentAt.get(EMAILS - 1) - first,
        claims,
        busiest,
        perSecond.values());

    // The bucket lets BURST go at once, then PER_SECOND a second: in all, no sooner than this;
    // and in any stretch of T seconds, no more than BURST + PER_SECOND * T (its own guarantee,
    // which bounds a second by twice the limit and ten seconds by 1.1 times). Attempts are timed
    // as they are recorded, a moment after the send: 5 % for that jitter.
    Duration least = Duration.ofMillis(1000L * (EMAILS - BURST) / PER_SECOND);
    assertTrue(elapsed.compareTo(least) >= 0, "2,000 at 100/s in " + elapsed + ", not " + least);
    busiest.forEach(
        (seconds, most) ->
            assertTrue(
                most <= (BURST + PER_SECOND * seconds) * 105 / 100,
                most + " sent within " + seconds + " s: " + perSecond.values()));
    assertTrue(
        claims >= EMAILS && claims <= EMAILS * 103 / 100,
        claims + " claims for " + EMAILS + " emails: the limit churns");
  }

  @Test
  void anEmailWhoseDispatchSignalWasLostIsSentWhenTheSweepFindsIt() {
    String contact = aContact().create(api);
    String address = primaryEmail(api, contact);
    String number;
    TestBroker.pauseDispatch();
    try {
      // Wake-ups other tests left in the broker (delayed ones too) would dispatch it as well.
      TestBroker.purgeDispatch(0);
      number = api.post("/communications", anEmailTo(contact).build()).json().getString("number");
      TestBroker.purgeDispatch(1); // as if the node had stopped before the broker had the signal
    } finally {
      TestBroker.resumeDispatch();
    }

    smtpServer.awaitReceived(address, 1, Duration.ofSeconds(90));
    // The test domain's sweep signals a pending entry 30 s past its due time.
    long waited =
        Database.count(
            "SELECT CAST(EXTRACT(EPOCH FROM a.attempted_at - q.created_at) AS BIGINT)"
                + " FROM queue_attempt a JOIN queue_entry q ON q.id = a.queue_entry_id"
                + " WHERE q.communication_number = ?",
            number);
    assertTrue(waited >= 30, "sent " + waited + " s after it was created: not by the sweep");
    assertEquals(1, smtpServer.receivedBy(address).size());
  }

  private List<ApiResponse> createInParallel(String contact) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<ApiResponse>> requests =
          IntStream.range(0, EMAILS)
              .mapToObj(
                  i ->
                      clients.submit(
                          () ->
                              api.post(
                                  "/communications",
                                  anEmailTo(contact).subject("Paced " + i).build())))
              .toList();
      List<ApiResponse> responses = new ArrayList<>();
      for (Future<ApiResponse> request : requests) {
        responses.add(request.get());
      }
      return responses;
    } finally {
      clients.shutdown();
    }
  }

  /** The most sends within any {@code millis} of each other (times sorted). */
  private static long busiestWindow(List<Long> times, long millis) {
    long most = 0;
    int end = 0;
    for (int start = 0; start < times.size(); start++) {
      while (end < times.size() && times.get(end) - times.get(start) < millis) {
        end++;
      }
      most = Math.max(most, end - start);
    }
    return most;
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
