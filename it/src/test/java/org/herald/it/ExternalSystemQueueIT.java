package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.herald.api.externalsystem.ExternalSystemDto;
import org.herald.api.externalsystem.QueueStateChangeDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestSecrets;
import org.junit.jupiter.api.Test;

/**
 * A customer portal and a mobile app process their own communications: each pulls only its own
 * queue entries with its own key and reports their life cycle.
 */
class ExternalSystemQueueIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aPortalPullsItsEntriesAndReportsTheirLifeCycle() {
    Registered registered = register("PORTAL", List.of("PUSH", "EMAIL"));
    HeraldClient portal = registered.client();
    String contact = aContact().create(api);
    String push = sendVia(registered, contact, "PUSH");

    JsonObject backOfficeView = api.get("/communications/" + push).json();
    assertEquals("PENDING", backOfficeView.getJsonObject("queue").getString("state"));

    JsonObject entry = portal.get("/queue/entries/" + push).json();
    assertEquals(contact, entry.getString("contact"));
    assertEquals("PUSH", entry.getString("medium"));
    assertEquals("Your statement is ready", entry.getString("subject"));
    assertEquals("Open the app to read it", entry.getString("content"));
    assertEquals(
        0, backOfficeView.getJsonObject("queue").getInt("attempts"), "Herald never sends it");

    assertEquals(List.of(push), numbers(portal.get("/queue/entries?contact=" + contact)));
    JsonObject page = portal.get("/queue/entries?contact=" + contact + "&count=true").json();
    assertEquals(20, page.getInt("size"), "the default size");
    assertEquals(1, page.getInt("totalItems"));
    assertFalse(page.containsKey("next"), "the only page is the last");
    assertFalse(page.containsKey("page"), "pages go by cursor, not by number");
    assertEquals(
        List.of(push), numbers(portal.get("/queue/entries?state=PENDING&contact=" + contact)));
    assertTrue(numbers(portal.get("/queue/entries?medium=EMAIL&contact=" + contact)).isEmpty());

    assertEquals("COMPLETED", report(portal, push, "COMPLETED").json().getString("state"));
    assertEquals(200, report(portal, push, "COMPLETED").status(), "repeating a report is harmless");
    ApiResponse late = report(portal, push, "REJECTED", "LATE", "too late");
    assertEquals(409, late.status(), late::toString);
    assertTrue(late.json().getString("detail").contains("follows only PENDING"), late::toString);
    assertEquals(
        "COMPLETED_AND_REMOVED",
        report(portal, push, "COMPLETED_AND_REMOVED").json().getString("state"));
    assertEquals(409, report(portal, push, "COMPLETED").status());
    assertEquals(
        "COMPLETED_AND_REMOVED",
        api.get("/communications/" + push).json().getJsonObject("queue").getString("state"));
  }

  @Test
  void aPendingEntryMayBeRemovedAtOnceButARejectedOneNot() {
    Registered registered = register("APP", List.of("PUSH"));
    HeraldClient app = registered.client();
    String contact = aContact().create(api);
    String viewed = sendVia(registered, contact, "PUSH");
    String failed = sendVia(registered, contact, "PUSH");

    assertEquals(
        "COMPLETED_AND_REMOVED",
        report(app, viewed, "COMPLETED_AND_REMOVED").json().getString("state"));
    report(app, failed, "REJECTED", "NO_DEVICE", "no device");
    ApiResponse refused = report(app, failed, "COMPLETED_AND_REMOVED");
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(refused.json().getString("detail").contains("follows only PENDING or COMPLETED"));
    assertEquals(409, report(app, failed, "COMPLETED").status());
  }

  @Test
  void aRejectionNeedsAnErrorCodeAndKeepsIt() {
    Registered registered = register("APP", List.of("PUSH"));
    HeraldClient app = registered.client();
    String contact = aContact().create(api);
    String push = sendVia(registered, contact, "PUSH");

    ApiResponse withoutCode = report(app, push, "REJECTED");
    assertEquals(422, withoutCode.status());
    assertEquals(List.of("errorCode"), withoutCode.errorFields());
    assertEquals(422, report(app, push, "PENDING").status());

    report(app, push, "REJECTED", "DEVICE_UNREGISTERED", "The app was uninstalled");
    JsonObject queue = api.get("/communications/" + push).json().getJsonObject("queue");
    assertEquals("REJECTED", queue.getString("state"));
    assertEquals("DEVICE_UNREGISTERED", queue.getString("errorCode"));
    assertEquals("The app was uninstalled", queue.getString("errorReason"));
  }

  @Test
  void aSystemNeverSeesOrChangesAnotherSystemsEntries() {
    Registered portalSystem = register("PORTAL", List.of("PUSH"));
    HeraldClient portal = portalSystem.client();
    HeraldClient app = register("APP", List.of("PUSH")).client();
    String contact = aContact().create(api);
    String forPortal = sendVia(portalSystem, contact, "PUSH");

    assertEquals(404, app.get("/queue/entries/" + forPortal).status());
    assertEquals(404, report(app, forPortal, "COMPLETED").status());
    assertTrue(numbers(app.get("/queue/entries?contact=" + contact)).isEmpty());
    assertEquals("PENDING", portal.get("/queue/entries/" + forPortal).json().getString("state"));
  }

  @Test
  void keysAreCheckedAndRotatable() {
    String code = uniqueCode("ROT");
    ApiResponse registered = api.post("/external-systems", system(code, List.of("PUSH")));
    String oldKey = registered.json().getString("apiKey");
    assertFalse(api.get("/external-systems/" + code).json().containsKey("apiKey"), "shown once");

    assertEquals(200, HeraldClient.withKey(oldKey).get("/queue/entries").status());
    assertEquals(401, HeraldClient.withKey("hsk_wrong").get("/queue/entries").status());
    assertEquals(401, HeraldClient.withKey(null).get("/queue/entries").status());
    assertEquals(401, api.get("/queue/entries").status(), "the back-office key is not a system's");
    assertEquals(401, HeraldClient.withKey(oldKey).get("/contacts").status(), "nor the other way");

    String newKey =
        api.post("/external-systems/" + code + "/api-key", "").json().getString("apiKey");
    assertNotEquals(oldKey, newKey);
    assertEquals(200, HeraldClient.withKey(newKey).get("/queue/entries").status());
    // The old key keeps working for herald.external-system.key-grace (PT4S in the test domain),
    // so the system can switch without a gap; then it is revoked.
    assertEquals(200, HeraldClient.withKey(oldKey).get("/queue/entries").status(), "in grace");
    Eventually.await(
        Duration.ofSeconds(30),
        () -> HeraldClient.withKey(oldKey).get("/queue/entries").status(),
        status -> status == 401);
    assertEquals(200, HeraldClient.withKey(newKey).get("/queue/entries").status());

    String newerKey =
        api.post("/external-systems/" + code + "/api-key", "").json().getString("apiKey");
    assertEquals(200, HeraldClient.withKey(newerKey).get("/queue/entries").status());
    assertEquals(200, HeraldClient.withKey(newKey).get("/queue/entries").status(), "in grace");
    assertEquals(401, HeraldClient.withKey(oldKey).get("/queue/entries").status(), "one back only");
  }

  @Test
  void aWebhookAddedLaterShowsItsSecretOnce() {
    String code = uniqueCode("HOOK");
    assertEquals(201, api.post("/external-systems", system(code, List.of("PUSH"))).status());
    String url = "http://127.0.0.1:9/herald-hook";

    ApiResponse added = api.put("/external-systems/" + code, system(code, List.of("PUSH"), url));
    assertEquals(200, added.status(), added::toString);
    String secret = added.json().getString("webhookSecret");
    assertEquals(
        secret,
        TestSecrets.open(
            Database.text("SELECT webhook_secret FROM external_system WHERE code = ?", code)));
    assertFalse(added.json().containsKey("apiKey"), "the key is not shown on a change");

    ApiResponse again = api.put("/external-systems/" + code, system(code, List.of("PUSH"), url));
    assertFalse(again.json().containsKey("webhookSecret"), "shown once, when the webhook is added");
    assertFalse(api.get("/external-systems/" + code).json().containsKey("webhookSecret"));
  }

  @Test
  void onlyASystemSupportingTheMediumMayProcessIt() {
    String portal = register("PORTAL", List.of("PUSH")).code();
    String contact = aContact().create(api);

    ApiResponse sms =
        api.post("/communications", anEmailTo(contact).medium("SMS").processedBy(portal).build());
    ApiResponse unknown =
        api.post("/communications", anEmailTo(contact).processedBy("NO_SUCH").build());
    ApiResponse incoming =
        api.post(
            "/communications",
            anEmailTo(contact).medium("PUSH").incoming().processedBy(portal).build());

    for (ApiResponse refused : List.of(sms, unknown, incoming)) {
      assertEquals(422, refused.status(), refused::toString);
      assertEquals(List.of("processedBy"), refused.errorFields());
    }
    assertTrue(sms.body().contains("does not support SMS"), sms::toString);
  }

  @Test
  void expiredEntriesAreNeverListedNorRead() {
    Registered registered = register("PORTAL", List.of("PUSH"));
    HeraldClient portal = registered.client();
    String contact = aContact().create(api);
    String push =
        api.post(
                "/communications",
                anEmailTo(contact)
                    .medium("PUSH")
                    .processedBy(registered.code())
                    .expiresAt(Instant.now().plusSeconds(1))
                    .build())
            .json()
            .getString("number");
    assertEquals(200, portal.get("/queue/entries/" + push).status());

    // Past its recorded expiry on the database's clock, which is the server's.
    Eventually.await(
        Duration.ofSeconds(10),
        () ->
            Database.count(
                "SELECT COUNT(*) FROM queue_entry WHERE communication_number = ?"
                    + " AND expires_at <= now()",
                push),
        expired -> expired == 1);
    assertEquals(404, portal.get("/queue/entries/" + push).status());
    assertTrue(numbers(portal.get("/queue/entries?contact=" + contact)).isEmpty());
  }

  @Test
  void aSystemWithAWebhookGetsItsEntriesPushedSignedAndRetried() throws Exception {
    List<String[]> pushes = new CopyOnWriteArrayList<>(); // body, signature, idempotency key
    AtomicInteger failuresLeft = new AtomicInteger(1);
    HttpServer receiver =
        webhookReceiver(pushes, () -> failuresLeft.getAndDecrement() > 0 ? 503 : 204);
    try {
      JsonObject registered = registerWebhook("HOOK", webhookUrl(receiver));
      String secret = registered.getString("webhookSecret");
      String contact = aContact().create(api);

      String number = pushVia(registered, contact);

      JsonObject queue = awaitQueueState(number, "COMPLETED");
      assertEquals(2, queue.getInt("attempts"), "a 503 is retried");
      assertEquals(2, pushes.size());
      String[] push = pushes.get(1);
      JsonObject body = Json.createReader(new StringReader(push[0])).readObject();
      assertEquals(number, body.getString("communication"));
      assertEquals(contact, body.getString("contact"));
      assertEquals("Open the app to read it", body.getString("content"));
      assertEquals(number, push[2], "Idempotency-Key");
      String time = push[1].substring(2, push[1].indexOf(','));
      assertEquals("t=" + time + ",v1=" + hmacSha256(secret, time + "." + push[0]), push[1]);

      // Signed with the secret shown once, which is stored sealed and never shown again.
      String code = registered.getString("code");
      String stored =
          Database.text("SELECT webhook_secret FROM external_system WHERE code = ?", code);
      assertTrue(stored.startsWith(TestSecrets.sealedPrefix()), "sealed with herald.secrets.key");
      assertEquals(secret, TestSecrets.open(stored));
      assertFalse(api.get("/external-systems/" + code).body().contains(secret));
      assertFalse(api.get("/external-systems").body().contains(secret));
      assertFalse(
          api.put("/external-systems/" + code, system(code, List.of("PUSH"), webhookUrl(receiver)))
              .body()
              .contains(secret));
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void aWebhookThatRefusesForGoodRejectsTheEntry() throws Exception {
    HttpServer receiver = webhookReceiver(new CopyOnWriteArrayList<>(), () -> 410);
    try {
      String number =
          pushVia(registerWebhook("GONE", webhookUrl(receiver)), aContact().create(api));

      JsonObject queue = awaitQueueState(number, "REJECTED");
      assertEquals("HTTP_410", queue.getString("errorCode"));
      assertEquals(1, queue.getInt("attempts"));
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void aWebhookOfAnotherSchemeOrAtAMetadataEndpointIsRefusedEvenWherePrivateAddressesAreAllowed() {
    // The test domain allows private addresses (herald.webhook.allow-private-addresses=true): its
    // receivers listen on loopback. Unit tests cover the refusals of the default.
    String code = uniqueCode("GUARDED");
    String loopback = "http://127.0.0.1:9/hook";
    ApiResponse allowed = api.post("/external-systems", system(code, List.of("PUSH"), loopback));
    assertEquals(201, allowed.status(), allowed::toString);

    Map<String, String> refusals =
        Map.of(
            "ftp://127.0.0.1/hook", "INVALID_URL",
            "file:///etc/passwd", "INVALID_URL",
            "http://169.254.169.254/latest/meta-data/", "FORBIDDEN_ADDRESS",
            "http://[::ffff:169.254.169.254]/computeMetadata/v1/", "FORBIDDEN_ADDRESS",
            "http://0.0.0.0:8080/hook", "FORBIDDEN_ADDRESS");
    refusals.forEach(
        (url, error) -> {
          String refusedCode = uniqueCode("REFUSED");
          ApiResponse created =
              api.post("/external-systems", system(refusedCode, List.of("PUSH"), url));
          ApiResponse changed =
              api.put("/external-systems/" + code, system(code, List.of("PUSH"), url));
          for (ApiResponse refused : List.of(created, changed)) {
            assertEquals(422, refused.status(), url + ": " + refused);
            assertEquals(error, refused.errorCode("webhookUrl"), url + ": " + refused);
          }
          assertEquals(404, api.get("/external-systems/" + refusedCode).status(), "not stored");
        });
    assertEquals(
        loopback, api.get("/external-systems/" + code).json().getString("webhookUrl"), "kept");
  }

  @Test
  void aWebhookUrlIsCheckedAgainBeforeEveryPushAndARefusedOneIsNeverSent() throws Exception {
    List<String[]> pushes = new CopyOnWriteArrayList<>();
    HttpServer receiver = webhookReceiver(pushes, () -> 204);
    try {
      JsonObject registered = registerWebhook("MOVED", webhookUrl(receiver));
      // What a DNS change would do: the URL now leads to the cloud metadata endpoint.
      Database.execute(
          "UPDATE external_system SET webhook_url = 'http://169.254.169.254/hook' WHERE code = ?",
          registered.getString("code"));

      String number = pushVia(registered, aContact().create(api));

      JsonObject queue = awaitQueueState(number, "REJECTED");
      assertEquals("FORBIDDEN_ADDRESS", queue.getString("errorCode"));
      assertEquals(1, queue.getInt("attempts"), "a refused address is not retried");
      assertTrue(pushes.isEmpty());
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void aWebhooksHugeAnswerIsReadUpToItsCapAndKeptCleanAndCut() throws Exception {
    byte[] megabyte = ("\u0000Refused:\r\n" + "x".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);
    HttpServer receiver = webhookReceiver(new CopyOnWriteArrayList<>(), () -> 410, megabyte);
    try {
      String number =
          pushVia(registerWebhook("TALKER", webhookUrl(receiver)), aContact().create(api));

      JsonObject queue = awaitQueueState(number, "REJECTED");
      String reason = queue.getString("errorReason");
      assertEquals("HTTP_410", queue.getString("errorCode"));
      assertEquals(1000, reason.length(), "cut to its column");
      assertTrue(reason.startsWith("HTTP 410: Refused: xxxx"), reason);
      assertTrue(reason.endsWith("…"), "says it was cut");
      assertEquals(
          reason,
          Database.text(
              "SELECT a.peer_reply FROM queue_attempt a JOIN queue_entry q"
                  + " ON q.id = a.queue_entry_id WHERE q.communication_number = ?",
              number),
          "the attempt keeps the same reply");
    } finally {
      receiver.stop(0);
    }
  }

  private static HttpServer webhookReceiver(List<String[]> pushes, IntSupplier status)
      throws IOException {
    return webhookReceiver(pushes, status, new byte[0]);
  }

  /**
   * A real HTTP server on a free loopback port that records each push and answers as told, with
   * {@code answer} as the body.
   */
  private static HttpServer webhookReceiver(
      List<String[]> pushes, IntSupplier status, byte[] answer) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          pushes.add(
              new String[] {
                body,
                exchange.getRequestHeaders().getFirst("Herald-Signature"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key")
              });
          exchange.sendResponseHeaders(status.getAsInt(), answer.length == 0 ? -1 : answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          } catch (IOException e) {
            // Herald hung up once it had read enough.
          }
          exchange.close();
        });
    server.start();
    return server;
  }

  /** A system whose entries are pushed to {@code url}: the answer to its registration. */
  private JsonObject registerWebhook(String prefix, String url) {
    ApiResponse registered =
        api.post("/external-systems", system(uniqueCode(prefix), List.of("PUSH"), url));
    assertEquals(201, registered.status(), registered::toString);
    return registered.json();
  }

  private String pushVia(JsonObject registration, String contact) {
    return sendVia(
        new Registered(
            registration.getString("code"), HeraldClient.withKey(registration.getString("apiKey"))),
        contact,
        "PUSH");
  }

  private JsonObject awaitQueueState(String number, String state) {
    return Eventually.await(
        Duration.ofSeconds(20),
        () -> api.get("/communications/" + number).json().getJsonObject("queue"),
        q -> q.getString("state").equals(state));
  }

  private static String webhookUrl(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private static String hmacSha256(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A registered system: its unique code, and a client presenting its key. */
  private record Registered(String code, HeraldClient client) {}

  private Registered register(String prefix, List<String> media) {
    String code = uniqueCode(prefix);
    ApiResponse registered = api.post("/external-systems", system(code, media));
    assertEquals(201, registered.status(), registered::toString);
    assertTrue(registered.json().getString("apiKey").startsWith("hsk_"));
    return new Registered(code, HeraldClient.withKey(registered.json().getString("apiKey")));
  }

  private String sendVia(Registered system, String contact, String medium) {
    ApiResponse created =
        api.post(
            "/communications",
            anEmailTo(contact)
                .medium(medium)
                .subject("Your statement is ready")
                .content("Open the app to read it")
                .processedBy(system.code())
                .build());
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("number");
  }

  private static ExternalSystemDto system(String code, List<String> media) {
    return system(code, media, null);
  }

  private static ExternalSystemDto system(String code, List<String> media, String webhookUrl) {
    return new ExternalSystemDto(
        code, "System " + code, null, media, 500, webhookUrl, null, null, null);
  }

  private static String uniqueCode(String prefix) {
    return prefix + "_" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  private static ApiResponse report(HeraldClient system, String number, String state) {
    return report(system, number, state, null, null);
  }

  private static ApiResponse report(
      HeraldClient system, String number, String state, String code, String reason) {
    return system.put(
        "/queue/entries/" + number + "/state", new QueueStateChangeDto(state, code, reason));
  }

  private static List<String> numbers(ApiResponse page) {
    assertEquals(200, page.status(), page::toString);
    return page.json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("communication"))
        .toList();
  }
}
