package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.api.communication.CommunicationBatchDto;
import org.herald.api.communication.CommunicationBatchItemDto;
import org.herald.api.externalsystem.ExternalSystemDto;
import org.herald.api.externalsystem.QueueStateBatchDto;
import org.herald.api.externalsystem.QueueStateBatchItemDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.queue.ExternalQueueFilter;
import org.herald.queue.PulledEntries;
import org.herald.queue.QueueCursor;
import org.junit.jupiter.api.Test;

/**
 * A portal with thousands of entries empties its queue: pages by cursor visit every entry once and
 * in order, a batch of reports is answered item by item, and every statement of the queue API is an
 * index scan, so a call costs the same however long the queue is.
 */
class ExternalQueueScaleIT {

  private static final int ENTRIES = 5_000;
  private static final int BATCH = 500;

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aPortalEmptiesAQueueOfThousandsByCursorAndBatchReports() {
    Portal portal = register("SCALE");
    String contact = aContact().create(api);
    List<String> created = createEntries(portal, contact, ENTRIES);

    // Every entry once, oldest first, as the database orders them.
    List<String> paged = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonObject page = pull(portal, "state=PENDING&size=" + BATCH, after);
      assertFalse(page.containsKey("totalItems"), "counted only when asked");
      assertEquals(BATCH, page.getInt("size"));
      paged.addAll(numbers(page));
      after = page.getString("next", null);
      pages++;
    } while (after != null);
    assertEquals(ENTRIES, paged.size());
    assertEquals(ENTRIES, new HashSet<>(paged).size(), "no entry twice");
    assertEquals(inIdOrder(portal.code()), paged);
    assertEquals(created.stream().sorted().toList(), paged.stream().sorted().toList());
    assertEquals(ENTRIES / BATCH, pages, "a full last page has no next: no empty page after it");

    JsonObject counted = pull(portal, "state=PENDING&size=3&count=true", null);
    assertEquals(ENTRIES, counted.getJsonNumber("totalItems").longValue());
    assertEquals(paged.subList(0, 3), numbers(counted));
    JsonObject second = pull(portal, "state=PENDING&size=3", counted.getString("next"));
    assertEquals(paged.subList(3, 6), numbers(second));

    // Emptied as a portal does: a page, then one batch completing it, until no page is left.
    String cursor = null;
    int completed = 0;
    do {
      JsonObject page = pull(portal, "state=PENDING&size=" + BATCH, cursor);
      List<String> numbers = numbers(page);
      JsonArray answers =
          reportAll(
                  portal,
                  numbers.stream()
                      .map(n -> new QueueStateBatchItemDto(n, "COMPLETED", null, null))
                      .toArray(QueueStateBatchItemDto[]::new))
              .json()
              .getJsonArray("items");
      assertEquals(numbers.size(), answers.size());
      for (JsonValue answer : answers) {
        assertEquals(200, answer.asJsonObject().getInt("status"), answer::toString);
        assertEquals("COMPLETED", answer.asJsonObject().getJsonObject("entry").getString("state"));
      }
      completed += numbers.size();
      cursor = page.getString("next", null);
    } while (cursor != null);
    assertEquals(ENTRIES, completed);
    JsonObject emptied = pull(portal, "state=PENDING&count=true", null);
    assertTrue(numbers(emptied).isEmpty());
    assertFalse(emptied.containsKey("next"));
    assertEquals(0, emptied.getJsonNumber("totalItems").longValue());
    assertEquals(
        ENTRIES,
        Database.count(
            "SELECT COUNT(*) FROM queue_entry q JOIN external_system s"
                + " ON s.id = q.external_system_id WHERE s.code = ? AND q.state = 'COMPLETED'",
            portal.code()));
  }

  @Test
  void aBatchAnswersEachReportOnItsOwnAndChangesOnlyTheGoodOnes() {
    Portal portal = register("BATCH");
    Portal other = register("OTHER");
    String contact = aContact().create(api);
    List<String> mine = createEntries(portal, contact, 6);
    String theirs = createEntries(other, contact, 1).get(0);
    reportAll(portal, new QueueStateBatchItemDto(mine.get(1), "REJECTED", "GONE", "gone"));

    ApiResponse response =
        reportAll(
            portal,
            new QueueStateBatchItemDto(mine.get(0), "COMPLETED", null, null),
            new QueueStateBatchItemDto("CM999999999", "COMPLETED", null, null),
            new QueueStateBatchItemDto(theirs, "COMPLETED", null, null),
            new QueueStateBatchItemDto(mine.get(1), "COMPLETED", null, null),
            new QueueStateBatchItemDto(mine.get(2), "REJECTED", null, null),
            new QueueStateBatchItemDto(mine.get(3), "PENDING", null, null),
            new QueueStateBatchItemDto(null, "COMPLETED", null, null),
            new QueueStateBatchItemDto(mine.get(4), "DONE", null, null),
            new QueueStateBatchItemDto(mine.get(5), "REJECTED", "NO_DEVICE", "uninstalled"),
            new QueueStateBatchItemDto(mine.get(0), "COMPLETED_AND_REMOVED", null, null));
    assertEquals(200, response.status(), response::toString);
    JsonArray items = response.json().getJsonArray("items");

    assertEquals(
        List.of(200, 404, 404, 409, 422, 422, 422, 422, 200, 200),
        items.stream().map(i -> i.asJsonObject().getInt("status")).toList());
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
        items.stream().map(i -> i.asJsonObject().getInt("index")).toList());
    assertEquals("COMPLETED", entry(items, 0).getString("state"));
    assertEquals("items[1].communication", error(items, 1).getString("field"));
    assertEquals("items[2].communication", error(items, 2).getString("field"), "not its entry");
    assertEquals("items[3].state", error(items, 3).getString("field"));
    assertTrue(error(items, 3).getString("message").contains("follows only PENDING"));
    assertEquals("items[4].errorCode", error(items, 4).getString("field"));
    assertEquals("items[5].state", error(items, 5).getString("field"));
    assertEquals("items[6].communication", error(items, 6).getString("field"));
    assertEquals("items[7].state", error(items, 7).getString("field"));
    assertEquals("UNKNOWN_VALUE", error(items, 7).getString("code"));
    assertEquals("REJECTED", entry(items, 8).getString("state"));
    assertEquals("NO_DEVICE", entry(items, 8).getString("errorCode"));
    assertEquals(
        "COMPLETED_AND_REMOVED", entry(items, 9).getString("state"), "after item 0 completed it");

    assertEquals(
        Map.of(
            mine.get(0),
            "COMPLETED_AND_REMOVED",
            mine.get(1),
            "REJECTED",
            mine.get(2),
            "PENDING",
            mine.get(3),
            "PENDING",
            mine.get(4),
            "PENDING",
            mine.get(5),
            "REJECTED",
            theirs,
            "PENDING"),
        states(mine, theirs));
    JsonObject rejected = api.get("/communications/" + mine.get(5)).json().getJsonObject("queue");
    assertEquals("NO_DEVICE", rejected.getString("errorCode"), "written with the state");
    assertEquals("uninstalled", rejected.getString("errorReason"));
    assertEquals(
        1,
        Database.count(
            "SELECT COUNT(*) FROM queue_entry WHERE communication_number = ?"
                + " AND completed_at IS NOT NULL AND error_code IS NULL",
            mine.get(0)));
  }

  @Test
  void aBadBatchOrPageRequestIsRefusedWholeNamingTheFieldAndChangesNothing() {
    Portal portal = register("BAD");
    String contact = aContact().create(api);
    String entry = createEntries(portal, contact, 1).get(0);
    QueueStateBatchItemDto complete = new QueueStateBatchItemDto(entry, "COMPLETED", null, null);

    assertRefused(reportAll(portal), "items");
    assertRefused(
        reportAll(
            portal,
            IntStream.rangeClosed(0, BATCH)
                .mapToObj(i -> complete)
                .toArray(QueueStateBatchItemDto[]::new)),
        "items");
    assertRefused(reportAll(portal, complete, null), "items[1]");
    assertRefused(
        portal.client().put("/queue/entries/state", new QueueStateBatchDto(null)), "items");
    assertEquals("PENDING", states(List.of(entry)).get(entry), "nothing changed");

    assertRefused(portal.client().get("/queue/entries?after=12345"), "after");
    assertRefused(portal.client().get("/queue/entries?size=501"), "size");
    assertRefused(portal.client().get("/queue/entries?size=0"), "size");
    assertRefused(portal.client().get("/queue/entries?size=ten"), "size");
    assertRefused(portal.client().get("/queue/entries?count=yes"), "count");
    assertRefused(portal.client().get("/queue/entries?page=1"), "page");
  }

  @Test
  void everyStatementOfTheQueueApiIsAnIndexScan() throws SQLException {
    // A queue of a thousand entries, a few of them for one contact: too many for the planner to
    // read the whole table instead, as it would (rightly) for a handful of rows.
    Portal portal = register("PLANS");
    String entry = createEntries(portal, aContact().create(api), 1_000).get(0);
    String contact = aContact().create(api);
    createEntries(portal, contact, 5);
    long system =
        Database.longs("SELECT id FROM external_system WHERE code = ?", portal.code()).get(0);
    Instant now = Instant.now();
    QueueCursor after = new QueueCursor(1);
    int limit = 21; // a page of the default size, and one more to know whether a next exists
    Map<String, PulledEntries.Statement> statements =
        Map.of(
            "page",
            PulledEntries.pageStatement(system, filter(null, null, null), after, limit, now),
            "pending page",
            PulledEntries.pageStatement(
                system, filter(QueueState.PENDING, null, null), after, limit, now),
            "pending page of a medium",
            PulledEntries.pageStatement(
                system, filter(QueueState.PENDING, Medium.PUSH, null), after, limit, now),
            "contact's page",
            PulledEntries.pageStatement(system, filter(null, null, contact), after, limit, now),
            "entry",
            PulledEntries.entryStatement(system, entry, now),
            "entries to report",
            PulledEntries.reportStatement(system, List.of(entry, "CM999999999"), now));
    try (Connection connection = Database.connect()) {
      try (Statement analyze = connection.createStatement()) {
        analyze.execute("ANALYZE queue_entry");
      }
      for (Map.Entry<String, PulledEntries.Statement> statement : statements.entrySet()) {
        String plan = explain(connection, statement.getValue());
        assertFalse(plan.contains("Seq Scan on queue_entry"), statement.getKey() + ":\n" + plan);
        assertTrue(plan.contains("queue_entry_"), statement.getKey() + " uses an index:\n" + plan);
      }
    }
  }

  @Test
  void aBatchReportFindsItsEntriesByNumberEvenBeforeTheTableHasStatistics() throws SQLException {
    // A burst into a new system's queue outruns autovacuum: the planner then has no statistics,
    // and once locked a report's entries by scanning every entry of the system (140-600 ms a call
    // at 110,000, against 1 ms by the numbers' index).
    Portal portal = register("NOSTATS");
    List<String> numbers = createEntries(portal, aContact().create(api), 1_000);
    long system =
        Database.longs("SELECT id FROM external_system WHERE code = ?", portal.code()).get(0);
    try (Connection connection = Database.connect()) {
      connection.setAutoCommit(false);
      try (Statement forget = connection.createStatement()) {
        forget.execute("DELETE FROM pg_statistic WHERE starelid = 'queue_entry'::regclass");
        // No statistics and a rough size, as the benchmark's never-analysed table of 110,000
        // entries was estimated at 27,000 (rolled back below).
        forget.execute(
            "UPDATE pg_class SET reltuples = 30000,"
                + " relpages = pg_relation_size('queue_entry') / 8192"
                + " WHERE oid = 'queue_entry'::regclass");
      }
      String plan =
          explain(
              connection,
              PulledEntries.reportStatement(system, numbers.subList(0, BATCH), Instant.now()));
      connection.rollback();
      assertTrue(plan.contains("queue_entry_system_communication_idx"), plan);
    }
  }

  private static ExternalQueueFilter filter(QueueState state, Medium medium, String contact) {
    return new ExternalQueueFilter(state, medium, contact);
  }

  private static String explain(Connection connection, PulledEntries.Statement statement)
      throws SQLException {
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        explain.setObject(i + 1, statement.parameters().get(i));
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static void assertRefused(ApiResponse response, String field) {
    assertEquals(422, response.status(), response::toString);
    assertEquals(List.of(field), response.errorFields(), response::toString);
  }

  private static JsonObject entry(JsonArray items, int index) {
    JsonObject entry = items.getJsonObject(index).getJsonObject("entry");
    assertNotNull(entry, items.getJsonObject(index)::toString);
    return entry;
  }

  private static JsonObject error(JsonArray items, int index) {
    JsonObject item = items.getJsonObject(index);
    assertFalse(item.containsKey("entry"), item::toString);
    return item.getJsonArray("errors").getJsonObject(0);
  }

  private static Map<String, String> states(List<String> numbers, String... more) {
    List<String> all = new ArrayList<>(numbers);
    all.addAll(Arrays.asList(more));
    Map<String, String> states = new java.util.HashMap<>();
    for (String number : all) {
      states.put(
          number,
          Database.text("SELECT state FROM queue_entry WHERE communication_number = ?", number));
    }
    return states;
  }

  private static List<String> inIdOrder(String system) {
    List<String> numbers = new ArrayList<>();
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT q.communication_number FROM queue_entry q JOIN external_system s"
                    + " ON s.id = q.external_system_id WHERE s.code = ? ORDER BY q.id")) {
      query.setString(1, system);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return numbers;
  }

  private static JsonObject pull(Portal portal, String query, String after) {
    ApiResponse page =
        portal.client().get("/queue/entries?" + query + (after == null ? "" : "&after=" + after));
    assertEquals(200, page.status(), page::toString);
    return page.json();
  }

  private static ApiResponse reportAll(Portal portal, QueueStateBatchItemDto... items) {
    return portal
        .client()
        .put("/queue/entries/state", new QueueStateBatchDto(Arrays.asList(items)));
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("communication"))
        .toList();
  }

  /** {@code n} PUSH communications for the portal, created in batches as a CRM would. */
  private List<String> createEntries(Portal portal, String contact, int n) {
    List<String> numbers = new ArrayList<>();
    for (int from = 0; from < n; from += BATCH) {
      List<CommunicationBatchItemDto> items =
          IntStream.range(from, Math.min(n, from + BATCH))
              .mapToObj(
                  i ->
                      new CommunicationBatchItemDto(
                          null,
                          anEmailTo(contact)
                              .medium("PUSH")
                              .subject("Statement " + i)
                              .content("Open the app to read it")
                              .processedBy(portal.code())
                              .build()))
              .toList();
      ApiResponse created = api.post("/communications/batch", new CommunicationBatchDto(items));
      assertEquals(200, created.status(), created::toString);
      for (JsonValue item : created.json().getJsonArray("items")) {
        assertEquals(201, item.asJsonObject().getInt("status"), item::toString);
        numbers.add(item.asJsonObject().getString("number"));
      }
    }
    return numbers;
  }

  /** A pulling system (no webhook) and a client presenting its key. */
  private record Portal(String code, HeraldClient client) {}

  private Portal register(String prefix) {
    String code = prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    ApiResponse registered =
        api.post(
            "/external-systems",
            new ExternalSystemDto(
                code, "System " + code, null, List.of("PUSH"), 500, null, null, null, null));
    assertEquals(201, registered.status(), registered::toString);
    return new Portal(code, HeraldClient.withKey(registered.json().getString("apiKey")));
  }
}
