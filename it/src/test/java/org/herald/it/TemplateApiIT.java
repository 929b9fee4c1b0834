package org.herald.it;

import static org.herald.it.support.TestTemplates.anEmailTemplate;
import static org.herald.it.support.TestTemplates.anSmsTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SettingsRestored;
import org.herald.it.support.TestLinks;
import org.herald.it.support.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Communication templates: create, read, replace, list, delete, and every rule on save. */
class TemplateApiIT {

  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();
  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void aTemplateInTwoLanguagesIsStoredAndReadBack() {
    TestTemplates template =
        anEmailTemplate()
            .named("Bill information")
            .referringTo("bill")
            .defaultLanguage("en")
            .in("en", "Your bill #bill.number", "Dear #bill.accounts_receivable.name,")
            .in(
                "el",
                "Ο λογαριασμός σας #bill.number",
                "Αγαπητέ/ή #bill.accounts_receivable.name,");

    ApiResponse created = api.post("/templates", template.build());

    assertEquals(201, created.status(), created::toString);
    assertEquals(
        HeraldClient.API + "/templates/" + template.code(),
        created.header("Location").orElseThrow());
    JsonObject read = api.get("/templates/" + template.code()).json();
    assertEquals("Bill information", read.getString("name"));
    assertEquals("EMAIL", read.getString("medium"));
    assertEquals("OUTGOING", read.getString("direction"));
    assertEquals("bill", read.getJsonArray("referringEntityTypes").getString(0));
    assertTrue(read.getBoolean("effective"), "effective unless said otherwise");
    assertEquals("en", read.getString("defaultLanguage"));
    assertEquals(
        "Ο λογαριασμός σας #bill.number",
        read.getJsonObject("contents").getJsonObject("el").getString("subject"));
    assertTrue(read.getString("updatedAt").endsWith("Z"));
  }

  @Test
  void everyUnknownTagAndDisabledDynamicLinkIsNamedWithItsPlaceAndNothingIsStored() {
    TestLinks.setAll(api, false, Map.of()); // the demo data enables them
    TestTemplates template =
        anEmailTemplate()
            .referringTo("payment")
            .in("en", "Hello", "Dear #contact_information.name,")
            .in(
                "el",
                "Πληρωμή #payment.colour",
                "Αγαπητέ/ή #contact_information.name,\n"
                    + "ποσό #payment.amount και #payment.nonsense.\n"
                    + "Πατήστε: #dynamic_link.opt_in_direct_marketing");

    ApiResponse refused = api.post("/templates", template.build());

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(
        List.of("contents.el.subject", "contents.el.body", "contents.el.body"),
        refused.errorFields());
    List<JsonObject> errors =
        refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject()).toList();
    assertEquals("UNKNOWN_TAG", errors.get(1).getString("code"));
    assertTrue(
        errors.get(1).getString("message").startsWith("#payment.nonsense (line 2, column 26)"),
        errors.get(1)::toString);
    assertEquals("DISABLED_DYNAMIC_LINK", errors.get(2).getString("code"));
    assertTrue(
        errors.get(2).getString("message").contains("#dynamic_link.opt_in_direct_marketing"));
    assertEquals(404, api.get("/templates/" + template.code()).status());
  }

  @Test
  void anEmailNeedsASubjectInEveryLanguageAnSmsNone() {
    ApiResponse refused =
        api.post(
            "/templates",
            anEmailTemplate().in("en", "Subject", "Body").in("el", null, "Σώμα").build());
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("contents.el.subject"), refused.errorFields());

    ApiResponse sms = api.post("/templates", anSmsTemplate().in("en", null, "Body").build());
    assertEquals(201, sms.status(), sms::toString);
  }

  @Test
  void languagesMustBeHeraldsAndTheDefaultOneMustHaveContent() {
    ApiResponse refused =
        api.post(
            "/templates",
            anSmsTemplate()
                .defaultLanguage("el")
                .in("en", null, "Hi")
                .in("fr", null, "Salut")
                .build());

    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("contents.fr", "contents.el"), refused.errorFields());

    ApiResponse unknownDefault =
        api.post("/templates", anSmsTemplate().defaultLanguage("de").in("en", null, "Hi").build());
    assertEquals(List.of("defaultLanguage"), unknownDefault.errorFields());
  }

  @Test
  void codesEnumsCategoryEntityTypesAndExternalSystemAreChecked() {
    String portal = externalSystem("PUSH");
    TestTemplates template =
        anEmailTemplate()
            .medium("FAX")
            .category("NO_SUCH_CATEGORY")
            .referringTo("payment", "invoice")
            .handledBy("NO_SUCH_SYSTEM")
            .in("en", "S", "B");

    ApiResponse refused = api.post("/templates", template.build());
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(
        List.of("medium", "category", "referringEntityTypes[1]", "externalSystem"),
        refused.errorFields());

    ApiResponse unsupported =
        api.post("/templates", anEmailTemplate().handledBy(portal).in("en", "S", "B").build());
    assertEquals(List.of("externalSystem"), unsupported.errorFields());
    assertEquals(
        "UNSUPPORTED_MEDIUM",
        unsupported.json().getJsonArray("errors").getJsonObject(0).getString("code"));

    String code = anEmailTemplate().in("en", "S", "B").create(api);
    ApiResponse duplicate = api.post("/templates", Map.of("code", code, "name", "x"));
    assertTrue(duplicate.errorFields().contains("code"), duplicate::toString);
  }

  @Test
  void putReplacesTheTemplateAndDeleteRemovesIt() {
    String code = anEmailTemplate().in("en", "Old", "Old body").create(api);

    ApiResponse replaced =
        api.put(
            "/templates/" + code,
            anSmsTemplate()
                .named("New")
                .effective(false)
                .in("el", null, "Νέο")
                .defaultLanguage("el")
                .build());

    assertEquals(200, replaced.status(), replaced::toString);
    JsonObject read = api.get("/templates/" + code).json();
    assertEquals("SMS", read.getString("medium"));
    assertFalse(read.getBoolean("effective"));
    assertEquals(List.of("el"), List.copyOf(read.getJsonObject("contents").keySet()));
    assertEquals(204, api.delete("/templates/" + code).status());
    assertEquals(404, api.get("/templates/" + code).status());
    assertEquals(404, api.delete("/templates/" + code).status());
    assertEquals(
        404, api.put("/templates/" + code, anSmsTemplate().in("en", null, "x").build()).status());
  }

  @Test
  void theListFiltersByMediumEntityTypeExternalSystemAndEffectiveAndPages() {
    String system = externalSystem("EMAIL", "SMS");
    String receipt =
        anEmailTemplate().referringTo("payment").handledBy(system).in("en", "S", "B").create(api);
    String billSms =
        anSmsTemplate()
            .referringTo("bill")
            .handledBy(system)
            .effective(false)
            .in("en", null, "B")
            .create(api);
    String billEmail =
        anEmailTemplate()
            .referringTo("bill", "accounts_receivable")
            .handledBy(system)
            .in("en", "S", "B")
            .create(api);

    assertEquals(
        List.of(receipt, billSms, billEmail).stream().sorted().toList(),
        codes("externalSystem=" + system));
    assertEquals(
        List.of(receipt, billEmail).stream().sorted().toList(),
        codes("externalSystem=" + system + "&medium=EMAIL"));
    assertEquals(
        List.of(billSms, billEmail).stream().sorted().toList(),
        codes("externalSystem=" + system + "&referringEntityType=bill"));
    assertEquals(List.of(billSms), codes("externalSystem=" + system + "&effective=false"));

    JsonObject page = api.get("/templates?externalSystem=" + system + "&size=2&page=1").json();
    assertEquals(3, page.getInt("totalItems"));
    assertEquals(1, page.getJsonArray("items").size());

    ApiResponse refused = api.get("/templates?medium=FAX&effective=maybe&sort=colour");
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("medium", "effective"), refused.errorFields());
  }

  private List<String> codes(String query) {
    ApiResponse response = api.get("/templates?sort=code,asc&" + query);
    assertEquals(200, response.status(), response::toString);
    return response.json().getJsonArray("items").stream()
        .map(t -> t.asJsonObject().getString("code"))
        .toList();
  }

  private String externalSystem(String... media) {
    String code = "SYS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ApiResponse registered =
        api.post(
            "/external-systems",
            Map.of("code", code, "name", "Portal " + code, "supportedMedia", List.of(media)));
    assertEquals(201, registered.status(), registered::toString);
    return code;
  }
}
