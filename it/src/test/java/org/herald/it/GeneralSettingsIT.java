package org.herald.it;

import static org.herald.it.support.TestCommunications.anEmailTo;
import static org.herald.it.support.TestCommunications.anSmsTo;
import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestContacts.primaryEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.herald.api.externalsystem.ExternalSystemDto;
import org.herald.api.settings.EmailServerDto;
import org.herald.api.settings.GeneralSettingsDto;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.Database;
import org.herald.it.support.Eventually;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.TestCommunications;
import org.herald.it.support.TestMailServer;
import org.herald.it.support.TestSecrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * General settings govern what may be sent: allowed media, character limits (the lower of the
 * medium's and the external system's), enabled servers; the servers' passwords are stored sealed
 * and never shown. Each test restores the settings.
 */
class GeneralSettingsIT {

  @RegisterExtension static final TestMailServer MAIL = new TestMailServer();

  private final HeraldClient api = HeraldClient.backOffice();
  private GeneralSettingsDto original;
  private String contact;

  @BeforeEach
  void remember() {
    original = read();
    contact = aContact().create(api);
  }

  @AfterEach
  void restore() {
    assertEquals(200, api.put("/settings/general", original).status());
  }

  @Test
  void theSeedsDefaultsAndConfiguredServersAreInForce() {
    JsonObject settings = api.get("/settings/general").json();
    assertEquals(160, settings.getJsonObject("characterLimits").getInt("SMS"));
    assertEquals(1000, settings.getJsonObject("characterLimits").getInt("EMAIL"));
    assertEquals(6, settings.getJsonArray("allowedMedia").size());
    JsonObject email = settings.getJsonObject("emailServer");
    assertTrue(email.getBoolean("enabled"));
    assertEquals(Integer.getInteger("herald.it.smtp.port").intValue(), email.getInt("port"));
    assertFalse(email.containsKey("password"), "passwords are never shown");
  }

  @Test
  void contentOverTheMediumsLimitIsRefusedAndNothingStored() {
    ApiResponse sms =
        api.post("/communications", anSmsTo(contact).content("x".repeat(161)).build());
    assertEquals(422, sms.status(), sms::toString);
    assertEquals(List.of("content"), sms.errorFields(), sms::toString);
    assertTrue(sms.body().contains("has 161 characters; at most 160"), sms::toString);
    assertEquals(
        201,
        api.post("/communications", anSmsTo(contact).content("x".repeat(160)).build()).status());

    String html = "<div style=\"font-family: sans-serif\"><p>" + "y".repeat(1000) + "</p></div>";
    ApiResponse email = api.post("/communications", anEmailTo(contact).content(html).build());
    assertEquals(201, email.status(), "an email counts the text, not the markup: " + email);
    assertEquals(2, api.get("/communications?contact=" + contact).json().getInt("totalItems"));
  }

  @Test
  void theLowerOfTheMediumsAndTheSystemsLimitApplies() {
    String code = "LIMIT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    api.post(
        "/external-systems",
        new ExternalSystemDto(
            code, "Small inbox", null, List.of("SMS", "PUSH"), 100, null, null, null, null));

    ApiResponse push =
        api.post(
            "/communications",
            anSmsTo(contact).medium("PUSH").content("z".repeat(101)).processedBy(code).build());
    assertEquals(422, push.status(), push::toString);
    assertTrue(push.body().contains("at most 100 are allowed for PUSH by " + code), push::toString);
    ApiResponse sms =
        api.post(
            "/communications", anSmsTo(contact).content("z".repeat(101)).processedBy(code).build());
    assertTrue(sms.body().contains("at most 100"), "100 is below the SMS limit of 160: " + sms);
  }

  @Test
  void aDisabledServerRefusesSendingButNotDrafts() {
    change(
        s ->
            new GeneralSettingsDto(
                withEmail(s.emailServer(), false),
                s.smsServer(),
                s.allowedMedia(),
                s.characterLimits(),
                s.authorization()));

    ApiResponse refused = api.post("/communications", anEmailTo(contact).build());
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("medium"), refused.errorFields());
    assertTrue(
        refused.body().contains("email server is disabled in General Settings"), refused::toString);
    assertEquals(201, api.post("/communications", anEmailTo(contact).asDraft().build()).status());
  }

  @Test
  void aMediumNotAllowedIsRefusedForOutgoingOnly() {
    change(
        s ->
            new GeneralSettingsDto(
                s.emailServer(),
                s.smsServer(),
                List.of("EMAIL", "SMS", "PHONE"),
                s.characterLimits(),
                s.authorization()));

    ApiResponse letter = api.post("/communications", anEmailTo(contact).medium("LETTER").build());
    assertEquals(422, letter.status(), letter::toString);
    assertTrue(letter.body().contains("LETTER is not among the allowed media"));
    assertEquals(
        201,
        api.post("/communications", anEmailTo(contact).medium("LETTER").incoming().build())
            .status());
  }

  @Test
  void serverPasswordsAreStoredSealedNeverShownAndOpenedToLogIn() throws IOException {
    MAIL.addUser("herald-smtp", "the-right-s3cret");
    change(s -> withLogin(s, "herald-smtp", "a-wrong-s3cret"));
    String refused = created(anEmailTo(contact));
    JsonObject failed =
        Eventually.await(
            Duration.ofSeconds(20),
            () -> queue(refused),
            q -> q.getInt("attempts") >= 1 && q.containsKey("errorReason"));
    assertTrue(
        failed.getString("errorReason").contains("535"),
        "the server refused the stored password, so Herald logged in with it: " + failed);

    change(s -> withLogin(s, "herald-smtp", "the-right-s3cret"));
    String other = aContact().create(api);
    created(anEmailTo(other).subject("Logged in"));
    assertEquals("Logged in", subjectOf(MAIL.awaitReceived(primaryEmail(api, other), 1).get(0)));

    // SmsDeliveryIT shows the SMPP password sealed too, and the SMSC's bind with it.
    String smtp = Database.text("SELECT smtp_password FROM general_settings");
    assertTrue(smtp.startsWith(TestSecrets.sealedPrefix()), "sealed with herald.secrets.key");
    assertEquals("the-right-s3cret", TestSecrets.open(smtp));

    ApiResponse shown = api.get("/settings/general");
    assertFalse(shown.body().contains("s3cret"), shown::toString);
    assertFalse(shown.json().getJsonObject("emailServer").containsKey("password"));
    assertTrue(shown.json().getJsonObject("emailServer").getBoolean("passwordStored"));
    assertFalse(shown.json().getJsonObject("smsServer").containsKey("password"));
    assertTrue(shown.json().getJsonObject("smsServer").getBoolean("passwordStored"));
    assertFalse(
        Files.readString(Path.of("target/domains/herald-it/logs/server.log")).contains("s3cret"),
        "never logged");
  }

  @Test
  void invalidSettingsAreRefusedNamingEachField() {
    ApiResponse refused =
        api.put(
            "/settings/general",
            new GeneralSettingsDto(
                new EmailServerDto(true, " ", 70000, null, null, false, false, "not-an-address"),
                original.smsServer(),
                List.of("FAX"),
                Map.of("SMS", 0, "TELEX", 5),
                null));

    assertEquals(422, refused.status(), refused::toString);
    assertTrue(
        refused.errorFields().containsAll(List.of("allowedMedia[0]", "characterLimits.TELEX")),
        refused::toString);
    ApiResponse second =
        api.put(
            "/settings/general",
            new GeneralSettingsDto(
                new EmailServerDto(true, " ", 70000, null, null, false, false, "not-an-address"),
                original.smsServer(),
                List.of(),
                Map.of("SMS", 0),
                null));
    assertTrue(
        second
            .errorFields()
            .containsAll(
                List.of(
                    "emailServer.host",
                    "emailServer.port",
                    "emailServer.from",
                    "allowedMedia",
                    "characterLimits.SMS")),
        second::toString);
    assertEquals(original, read(), "nothing changed");
  }

  private String created(TestCommunications communication) {
    ApiResponse created = api.post("/communications", communication.build());
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("number");
  }

  private JsonObject queue(String number) {
    return api.get("/communications/" + number).json().getJsonObject("queue");
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private GeneralSettingsDto read() {
    return api.get("/settings/general").as(GeneralSettingsDto.class);
  }

  private void change(UnaryOperator<GeneralSettingsDto> change) {
    ApiResponse changed = api.put("/settings/general", change.apply(read()));
    assertEquals(200, changed.status(), changed::toString);
  }

  /** The settings with an SMTP login: a user name and a new password. */
  private static GeneralSettingsDto withLogin(
      GeneralSettingsDto s, String username, String password) {
    EmailServerDto e = s.emailServer();
    return new GeneralSettingsDto(
        new EmailServerDto(
            e.enabled(), e.host(), e.port(), username, password, false, e.startTls(), e.from()),
        s.smsServer(),
        s.allowedMedia(),
        s.characterLimits(),
        s.authorization());
  }

  private static EmailServerDto withEmail(EmailServerDto e, boolean enabled) {
    return new EmailServerDto(
        enabled,
        e.host(),
        e.port(),
        e.username(),
        null,
        e.passwordStored(),
        e.startTls(),
        e.from());
  }
}
