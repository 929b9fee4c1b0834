package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestEntities.an;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SettingsRestored;
import org.herald.it.support.TestContacts;
import org.herald.it.support.TestLinks;
import org.herald.it.support.TestMailServer;
import org.herald.it.support.TestSecrets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dynamic links end to end: settings, signed links rendered into a communication, the public
 * endpoint that acts once (and refuses tampered, expired and replayed links, and never redirects
 * anywhere the settings don't say), the one-click unsubscribe of marketing email, and links that
 * keep working when a new signing key is introduced.
 */
class DynamicLinkIT {

  private static final String SAVED = "https://www.example.com/preferences-saved";
  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();
  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();
  private static final HeraldClient API = HeraldClient.backOffice();

  private final HeraldClient api = API;

  @BeforeAll
  static void enableLinks() {
    TestLinks.setAll(API, true, Map.of("OPT_OUT_DIRECT_MARKETING", SAVED));
  }

  @Test
  void settingsAreCheckedWholeAndNameTheField() {
    ApiResponse refused =
        api.put(
            "/settings/dynamic-links",
            Map.of(
                "endPoint",
                "",
                "customUrl",
                "ftp://files.example.com",
                "links",
                List.of(
                    Map.of("type", "OPT_IN_DIRECT_MARKETING", "enabled", true, "linkText", "In"),
                    Map.of("type", "NO_SUCH_LINK", "enabled", true, "linkText", "x"),
                    Map.of(
                        "type",
                        "OPT_OUT_DIRECT_MARKETING",
                        "enabled",
                        true,
                        "linkText",
                        "",
                        "redirectionUrl",
                        "javascript:alert(1)"))));

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("links[1].type"), refused.errorFields(), "the request is read first");

    refused =
        api.put(
            "/settings/dynamic-links",
            Map.of(
                "customUrl",
                "ftp://files.example.com",
                "links",
                List.of(
                    Map.of(
                        "type",
                        "OPT_OUT_DIRECT_MARKETING",
                        "enabled",
                        true,
                        "linkText",
                        "",
                        "redirectionUrl",
                        "javascript:alert(1)"))));
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(
        List.of("customUrl", "links[0].linkText", "links[0].redirectionUrl"),
        refused.errorFields());

    refused =
        api.put(
            "/settings/dynamic-links",
            Map.of(
                "links",
                List.of(
                    Map.of("type", "OPT_IN_DIRECT_MARKETING", "enabled", true, "linkText", "In"))));
    assertEquals(List.of("endPoint"), refused.errorFields(), "an enabled link needs an address");
    assertEquals(
        SAVED,
        TestLinks.settings(api).getJsonArray("links").stream()
            .map(JsonObject.class::cast)
            .filter(l -> l.getString("type").equals("OPT_OUT_DIRECT_MARKETING"))
            .findFirst()
            .orElseThrow()
            .getString("redirectionUrl"),
        "nothing of the refused changes was stored");
  }

  @Test
  void anOptOutLinkAsksToConfirmActsOnceAndRedirectsOnlyWhereTheSettingsSay() {
    String contact = aContact().optedIn(true, true).create(api);
    String link = onlyLinkOf(sendEmail(contact, "#dynamic_link.opt_out_direct_marketing"));

    ApiResponse page = api.visit(link);
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("<form method=\"post\">"), page.body());
    assertTrue(page.body().contains("Link OPT_OUT_DIRECT_MARKETING"), "the settings' link text");
    assertTrue(optedIn(contact, "optInDirectMarketing"), "showing the page changes nothing");

    ApiResponse done = api.submit(link + "?redirect=https://evil.example", "");
    assertEquals(303, done.status(), done::toString);
    assertEquals(SAVED, done.header("Location").orElseThrow(), "only the settings' URL");
    assertFalse(optedIn(contact, "optInDirectMarketing"));
    assertTrue(optedIn(contact, "optInAffiliateMarketing"), "the other list is untouched");

    ApiResponse replayed = api.submit(link, "");
    assertEquals(409, replayed.status(), "a link acts once");
    assertEquals(409, api.visit(link).status());
  }

  @Test
  void twoClicksRacingActOnce() throws Exception {
    String contact = aContact().optedIn(false, false).create(api);
    String link = onlyLinkOf(sendEmail(contact, "#dynamic_link.opt_in_direct_marketing"));

    List<CompletableFuture<ApiResponse>> clicks =
        IntStream.range(0, 4)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.submit(link, "")))
            .toList();
    List<Integer> statuses = clicks.stream().map(c -> c.join().status()).sorted().toList();

    assertEquals(List.of(200, 409, 409, 409), statuses);
    assertTrue(optedIn(contact, "optInDirectMarketing"));
  }

  @Test
  void anOptInLinkWithoutRedirectionShowsHeraldsSuccessPage() {
    String contact = aContact().optedIn(false, false).create(api);
    String link = onlyLinkOf(sendEmail(contact, "#dynamic_link.opt_in_affiliate_marketing"));

    ApiResponse done = api.submit(link, "");

    assertEquals(200, done.status(), done::toString);
    assertTrue(done.body().contains("Successfully completed"), done.body());
    assertTrue(optedIn(contact, "optInAffiliateMarketing"));
    assertFalse(optedIn(contact, "optInDirectMarketing"));
  }

  @Test
  void aServiceRequestResponseIsAcceptedOnTheRequestTheCommunicationRefersTo() {
    String contact = aContact().create(api);
    String request =
        an("service_request", "SR")
            .with("type", "Fault")
            .with("response_description", "Router replaced")
            .put(api);
    String link =
        onlyLinkOf(
            created(
                anEmailTo(contact)
                    .referringToEntity("service_request", request)
                    .subject("Your request #service_request.number")
                    .content(
                        "<p>Response: #service_request.response_description</p>"
                            + "<p>#dynamic_link.service_request_response_acceptance</p>")));

    assertEquals(200, api.submit(link, "").status());

    JsonObject stored = api.get("/entities/service_request/" + request).json();
    assertEquals("ACCEPTED", stored.getJsonObject("values").getString("response_acceptance"));
    assertEquals(
        "Router replaced",
        stored.getJsonObject("values").getString("response_description"),
        "the CRM's values are kept");
  }

  @Test
  void tamperedAndExpiredLinksAreRefusedAndChangeNothing() throws Exception {
    String contact = aContact().optedIn(true, true).create(api);
    String number = sendEmail(contact, "#dynamic_link.opt_out_direct_marketing");
    String link = onlyLinkOf(number);
    String token = link.substring(link.lastIndexOf('/') + 1);
    int at = token.indexOf('.') + 5;
    String tampered =
        link.substring(0, link.lastIndexOf('/') + 1)
            + token.substring(0, at)
            + (token.charAt(at) == 'A' ? 'B' : 'A')
            + token.substring(at + 1);

    assertEquals(404, api.submit(tampered, "").status());
    assertEquals(404, api.visit(tampered).status());

    // Signed with the server's own key, but past its expiry: refused as expired, not as forged.
    String expired =
        sign(
            "v1|ACTION|"
                + number
                + "|"
                + contact
                + "|"
                + Instant.now().minus(Duration.ofMinutes(1)).getEpochSecond()
                + "|OPT_OUT_DIRECT_MARKETING");
    ApiResponse refused = api.submit(HeraldClient.API + "/public/links/" + expired, "");
    assertEquals(410, refused.status(), refused::toString);

    assertTrue(optedIn(contact, "optInDirectMarketing"), "nothing was done");
    assertEquals(
        0,
        Database.count(
            "SELECT COUNT(*) FROM dynamic_link_use WHERE communication_number = ?", number));
  }

  @Test
  void aMarketingEmailCarriesOneClickUnsubscribeThatOptsOutAFinancialOneDoesNot() throws Exception {
    String contact = aContact().optedIn(true, true).create(api);
    String address = TestContacts.primaryEmail(api, contact);

    created(
        anEmailTo(contact)
            .classification("DIRECT_MARKETING")
            .subject("Offers")
            .content("New offers"));
    MimeMessage marketing = received(address, 1).get(0);
    String header = marketing.getHeader("List-Unsubscribe", null);
    assertTrue(
        header != null && header.startsWith("<" + HeraldClient.API + "/public/links/"), header);
    assertEquals("List-Unsubscribe=One-Click", marketing.getHeader("List-Unsubscribe-Post", null));

    // RFC 8058: the mail provider POSTs this body to the address, without the recipient's browser.
    String url = header.substring(1, header.length() - 1);
    ApiResponse unsubscribed = api.submit(url, "List-Unsubscribe=One-Click");
    assertTrue(
        unsubscribed.status() == 303 || unsubscribed.status() == 200, unsubscribed::toString);
    assertFalse(optedIn(contact, "optInDirectMarketing"));

    // The seed's preferences: the next marketing email is refused, nothing stored; the bill goes.
    ApiResponse refused =
        api.post(
            "/communications",
            anEmailTo(contact).classification("DIRECT_MARKETING").subject("More").build());
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("classification"), refused.errorFields());
    assertTrue(refused.body().contains("OPTED_OUT"), refused::toString);
    assertEquals(
        1,
        Database.count(
            "SELECT COUNT(*) FROM communication c JOIN contact t ON t.id = c.contact_id"
                + " WHERE t.number = ?",
            contact),
        "the refused one is not stored");

    created(anEmailTo(contact).classification("FINANCIAL").subject("Bill").content("Your bill"));
    MimeMessage financial = received(address, 2).get(1);
    assertEquals(null, financial.getHeader("List-Unsubscribe"), "financial email can't be left");
  }

  @Test
  void aLinkSentBeforeANewSigningKeyStillActsAndNewLinksCarryTheNewKey() {
    String contact = aContact().optedIn(true, true).create(api);
    String sentBefore = onlyLinkOf(sendEmail(contact, "#dynamic_link.opt_out_direct_marketing"));

    ApiResponse rotated = api.post("/settings/link-keys/rotate", Map.of());
    assertEquals(200, rotated.status(), rotated::toString);
    String newKey = rotated.json().getString("id");
    assertNotEquals(keyIdOf(sentBefore), newKey);
    String other = aContact().optedIn(true, true).create(api);
    String sentAfter = onlyLinkOf(sendEmail(other, "#dynamic_link.opt_out_direct_marketing"));
    assertEquals(newKey, keyIdOf(sentAfter), "new links are signed with the new key");

    ApiResponse done = api.submit(sentBefore, "");
    assertEquals(303, done.status(), done::toString);
    assertFalse(optedIn(contact, "optInDirectMarketing"), "the link sent before still acts");
    assertEquals(303, api.submit(sentAfter, "").status());
    assertFalse(optedIn(other, "optInDirectMarketing"));

    assertTrue(Database.count("SELECT COUNT(*) FROM link_signing_key") >= 2);
    assertEquals(
        0,
        Database.count(
            "SELECT COUNT(*) FROM link_signing_key WHERE secret NOT LIKE ?",
            TestSecrets.sealedPrefix() + "%"),
        "every stored key is sealed");
  }

  @Test
  void aPreviewsLinksDoNothing() {
    String contact = aContact().optedIn(true, true).create(api);
    String template =
        org.herald.it.support.TestTemplates.anEmailTemplate()
            .in("en", "Preferences", "<p>#dynamic_link.opt_out_direct_marketing</p>")
            .create(api);
    ApiResponse preview =
        api.post("/templates/" + template + "/preview", Map.of("contact", contact));
    String link = TestLinks.linksIn(preview.json().getString("body")).get(0);

    ApiResponse done = api.submit(link, "");

    assertEquals(200, done.status());
    assertTrue(done.body().contains("nothing was done"), done.body());
    assertTrue(optedIn(contact, "optInDirectMarketing"));
  }

  private String sendEmail(String contact, String tag) {
    return created(anEmailTo(contact).subject("Your preferences").content("<p>" + tag + "</p>"));
  }

  private String created(org.herald.it.support.TestCommunications communication) {
    ApiResponse created = api.post("/communications", communication.build());
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("number");
  }

  private String onlyLinkOf(String communication) {
    String content = api.get("/communications/" + communication).json().getString("content");
    List<String> links = TestLinks.linksIn(content);
    assertEquals(1, links.size(), content);
    return links.get(0);
  }

  private boolean optedIn(String contact, String list) {
    return api.get("/contacts/" + contact).json().getBoolean(list);
  }

  private static List<MimeMessage> received(String address, int count) {
    return MAIL.awaitReceived(address, count);
  }

  /** The id of the key a link's token names: its payload is {@code v2|key-id|…}. */
  private static String keyIdOf(String link) {
    String token = link.substring(link.lastIndexOf('/') + 1);
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    assertTrue(payload.startsWith("v2|"), payload);
    return payload.split("\\|")[1];
  }

  /**
   * A token as the first version signed it ({@code v1|…}, naming no key), with the first key the
   * server keeps in its database (sealed there).
   */
  private static String sign(String payload) throws Exception {
    byte[] key =
        Base64.getDecoder()
            .decode(
                TestSecrets.open(
                    Database.text("SELECT secret FROM link_signing_key WHERE id = 1")));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString(bytes) + "." + encoder.encodeToString(mac.doFinal(bytes));
  }
}
