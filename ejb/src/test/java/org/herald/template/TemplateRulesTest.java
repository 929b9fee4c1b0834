package org.herald.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.problem.FieldError;
import org.herald.error.Violations;
import org.herald.language.Languages;
import org.herald.settings.EmailServer;
import org.herald.settings.Settings;
import org.herald.settings.SmsServer;
import org.herald.tag.DynamicLinkType;
import org.junit.jupiter.api.Test;

/** Every rule a template keeps on save, each broken one named by its field and code. */
class TemplateRulesTest {

  private static final Languages LANGUAGES = Languages.of(List.of("en", "el"), "en");

  /** The installation the rules see: SMS limited to 160 characters, email to none. */
  private static Settings settings(Map<Medium, Integer> limits) {
    return new Settings(
        new EmailServer(true, "localhost", 25, null, null, false, "herald@example.com"),
        new SmsServer(true, "localhost", 2775, "herald", null, "Herald"),
        EnumSet.allOf(Medium.class),
        limits,
        null);
  }

  private Settings settings = settings(Map.of(Medium.SMS, 160));
  private Set<DynamicLinkType> enabledLinks = EnumSet.of(DynamicLinkType.OPT_OUT_DIRECT_MARKETING);
  private final Map<String, TemplateRules.HandlingSystem> externalSystems =
      Map.of(
          "PORTAL", new TemplateRules.HandlingSystem("PORTAL", Set.of(Medium.PUSH), null),
          "GATEWAY",
              new TemplateRules.HandlingSystem("GATEWAY", Set.of(Medium.SMS, Medium.EMAIL), 100));

  private TemplateRules rules() {
    return new TemplateRules(
        LANGUAGES,
        settings,
        enabledLinks,
        Set.of("BILLING")::contains,
        code -> Optional.ofNullable(externalSystems.get(code)));
  }

  /** A template as a client writes it: valid until a test changes it. */
  private static final class Draft {
    String name = "Payment receipt";
    String medium = "EMAIL";
    String direction = "OUTGOING";
    String category;
    List<String> referringEntityTypes = new ArrayList<>(List.of("payment"));
    String externalSystem;
    Boolean effective;
    String defaultLanguage;
    Map<String, TemplateDetails.Content> contents = new LinkedHashMap<>();
    String notificationItem;

    Draft() {
      in("en", "Your payment", "Dear #contact_information.name, we received #payment.amount.");
    }

    Draft sms() {
      medium = "SMS";
      contents.clear();
      return in("en", null, "Paid: #payment.amount");
    }

    Draft in(String language, String subject, String body) {
      contents.put(language, new TemplateDetails.Content(subject, body));
      return this;
    }

    Draft only(String language, String subject, String body) {
      contents.clear();
      return in(language, subject, body);
    }

    TemplateDetails details() {
      return new TemplateDetails(
          name,
          medium,
          direction,
          category,
          referringEntityTypes,
          externalSystem,
          effective,
          defaultLanguage,
          contents,
          notificationItem);
    }
  }

  private Violations violations(Draft draft) {
    Violations violations = new Violations();
    rules().check(draft.details(), violations);
    return violations;
  }

  /** The errors as "field CODE", in the order recorded. */
  private List<String> errors(Draft draft) {
    return violations(draft).errors().stream().map(e -> e.field() + " " + e.code()).toList();
  }

  private FieldError only(Draft draft) {
    List<FieldError> errors = violations(draft).errors();
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  @Test
  void aValidTemplateBecomesItsDefinition() {
    Draft draft = new Draft();
    draft.name = "  Payment receipt ";
    draft.category = "BILLING";
    draft.in("el", "Η πληρωμή σας", "Λάβαμε #payment.amount.");
    Violations violations = new Violations();

    CommunicationTemplate.Definition definition = rules().check(draft.details(), violations);

    assertEquals(List.of(), violations.errors());
    assertEquals("Payment receipt", definition.name());
    assertEquals(Medium.EMAIL, definition.medium());
    assertEquals(Direction.OUTGOING, definition.direction());
    assertEquals("BILLING", definition.categoryCode());
    assertEquals(Set.of("payment"), definition.referringEntityTypes());
    assertTrue(definition.effective(), "effective unless said otherwise");
    assertEquals("en", definition.defaultLanguage(), "the installation's default language");
    assertEquals(
        List.of("el", "en"),
        definition.contents().stream().map(TemplateContent::getLanguage).toList());
  }

  @Test
  void aNewCodeIsAPublicCodeNoTemplateHasYet() {
    Violations violations = new Violations();
    TemplateRules.checkNewCode("receipt-1", code -> false, violations);
    TemplateRules.checkNewCode("RECEIPT", "RECEIPT"::equals, violations);
    TemplateRules.checkNewCode("OTHER", "RECEIPT"::equals, violations);

    assertEquals(
        List.of("code INVALID_CODE", "code DUPLICATE"),
        violations.errors().stream().map(e -> e.field() + " " + e.code()).toList());
  }

  @Test
  void nameMediumAndDirectionAreRequiredAndMediumAndDirectionMustBeKnown() {
    Draft missing = new Draft();
    missing.name = " ";
    missing.medium = null;
    missing.direction = null;
    assertEquals(
        List.of("name REQUIRED", "medium REQUIRED", "direction REQUIRED"), errors(missing));

    Draft unknown = new Draft();
    unknown.name = "x".repeat(201);
    unknown.medium = "FAX";
    unknown.direction = "SIDEWAYS";
    assertEquals(
        List.of("name OUT_OF_RANGE", "medium UNKNOWN_VALUE", "direction UNKNOWN_VALUE"),
        errors(unknown));
  }

  @Test
  void theCategoryMustExist() {
    Draft draft = new Draft();
    draft.category = "NO_SUCH_CATEGORY";

    FieldError error = only(draft);

    assertEquals("category", error.field());
    assertEquals("UNKNOWN_CATEGORY", error.code());
  }

  @Test
  void everyReferringEntityTypeMustBeAnEntityType() {
    Draft draft = new Draft();
    draft.referringEntityTypes = Arrays.asList("payment", "invoice", null);

    assertEquals(
        List.of(
            "referringEntityTypes[1] UNKNOWN_ENTITY_TYPE",
            "referringEntityTypes[2] UNKNOWN_ENTITY_TYPE"),
        errors(draft));
  }

  @Test
  void theExternalSystemMustExistAndHandleTheMedium() {
    Draft unknown = new Draft();
    unknown.externalSystem = "NO_SUCH_SYSTEM";
    assertEquals(List.of("externalSystem UNKNOWN_EXTERNAL_SYSTEM"), errors(unknown));

    Draft unsupported = new Draft();
    unsupported.externalSystem = "PORTAL";
    FieldError error = only(unsupported);
    assertEquals("externalSystem", error.field());
    assertEquals("UNSUPPORTED_MEDIUM", error.code());
    assertEquals("external system PORTAL does not handle EMAIL", error.message());

    Draft handled = new Draft();
    handled.externalSystem = "GATEWAY";
    assertEquals(List.of(), errors(handled));
  }

  @Test
  void theDefaultLanguageMustBeHeraldsAndHaveContent() {
    Draft unsupported = new Draft();
    unsupported.defaultLanguage = "de";
    assertEquals(List.of("defaultLanguage UNSUPPORTED_LANGUAGE"), errors(unsupported));

    Draft withoutContent = new Draft();
    withoutContent.defaultLanguage = "el";
    FieldError error = only(withoutContent);
    assertEquals("contents.el", error.field());
    assertEquals("REQUIRED", error.code());
  }

  @Test
  void contentIsRequiredInHeraldsLanguagesOnly() {
    Draft none = new Draft();
    none.contents = null;
    assertEquals(List.of("contents REQUIRED"), errors(none));

    Draft empty = new Draft();
    empty.contents.clear();
    assertEquals(List.of("contents REQUIRED", "contents.en REQUIRED"), errors(empty));

    Draft french = new Draft().in("fr", "Votre paiement", "Reçu");
    french.contents.put("el", null);
    assertEquals(
        List.of("contents.el REQUIRED", "contents.fr UNSUPPORTED_LANGUAGE"), errors(french));
  }

  @Test
  void anEmailNeedsASubjectInEveryLanguageAnSmsNone() {
    Draft email = new Draft().in("el", " ", "Λάβαμε την πληρωμή σας");
    assertEquals(List.of("contents.el.subject REQUIRED"), errors(email));

    assertEquals(List.of(), errors(new Draft().sms()));
  }

  @Test
  void aSubjectHasAtMostAThousandCharactersAndEveryLanguageABody() {
    Draft draft = new Draft().only("en", "s".repeat(1001), " ");

    assertEquals(
        List.of("contents.en.subject OUT_OF_RANGE", "contents.en.body REQUIRED"), errors(draft));
  }

  @Test
  void unknownTagsAreNamedWithTheirLanguageLineAndColumn() {
    Draft draft =
        new Draft()
            .in(
                "el",
                "Πληρωμή #payment.colour",
                "Αγαπητέ/ή #contact_information.name,\nποσό #payment.amount και #payment.nonsense.");

    List<FieldError> errors = violations(draft).errors();

    assertEquals(
        List.of("contents.el.subject UNKNOWN_TAG", "contents.el.body UNKNOWN_TAG"),
        errors.stream().map(e -> e.field() + " " + e.code()).toList());
    assertEquals(
        "#payment.nonsense (line 2, column 26) is not a known tag", errors.get(1).message());
  }

  @Test
  void onlyEnabledDynamicLinksMayBeUsed() {
    Draft draft =
        new Draft()
            .only(
                "en",
                "News",
                "Stop: #dynamic_link.opt_out_direct_marketing\n"
                    + "Join: #dynamic_link.opt_in_direct_marketing");

    FieldError error = only(draft);

    assertEquals("contents.en.body", error.field());
    assertEquals("DISABLED_DYNAMIC_LINK", error.code());
    assertTrue(error.message().startsWith("#dynamic_link.opt_in_direct_marketing (line 2"));

    enabledLinks = EnumSet.allOf(DynamicLinkType.class);
    assertEquals(List.of(), errors(draft));
  }

  @Test
  void anEntitysTagNeedsItsEntityAmongTheReferringTypesButTheContactNever() {
    Draft draft = new Draft().only("en", "Bill #bill.number", "Dear #contact_information.name");

    FieldError error = only(draft);

    assertEquals("contents.en.subject", error.field());
    assertEquals("NOT_A_REFERRING_ENTITY", error.code());

    draft.referringEntityTypes.add("bill");
    assertEquals(List.of(), errors(draft));
  }

  @Test
  void notificationTagsNeedANotificationItemOfTheirType() {
    Draft draft = new Draft().only("en", "Your balance", "Owed: #notification.bill.due_date");
    draft.referringEntityTypes.clear();
    FieldError notForThis = only(draft);
    assertEquals("contents.en.body", notForThis.field());
    assertEquals("UNKNOWN_TAG", notForThis.code());
    assertTrue(notForThis.message().endsWith("is only for notification templates"));

    draft.notificationItem = "accounts_receivable";
    assertTrue(
        only(draft)
            .message()
            .endsWith("is not a tag of the notification item accounts_receivable"));

    draft.notificationItem = "bill";
    assertEquals(List.of(), errors(draft));

    draft.notificationItem = "invoice";
    assertEquals(
        List.of("notificationItem UNKNOWN_ENTITY_TYPE", "contents.en.body UNKNOWN_TAG"),
        errors(draft));
  }

  @Test
  void theBodysOwnWordsMustFitTheMediumsLimitTagsLeftOut() {
    Draft fits = new Draft();
    fits.medium = "SMS";
    fits.only("en", null, "x".repeat(150) + " #payment.accounts_receivable.contact.name");
    assertEquals(List.of(), errors(fits), "151 characters of its own and a tag");

    Draft tooLong = new Draft();
    tooLong.medium = "SMS";
    tooLong.only("el", null, "π".repeat(161) + "#payment.amount");
    tooLong.defaultLanguage = "el";
    FieldError error = only(tooLong);
    assertEquals("contents.el.body", error.field());
    assertEquals("TOO_LONG", error.code());
    assertEquals(
        "has 161 characters without its tags; at most 160 are allowed for SMS", error.message());
  }

  @Test
  void anEmailCountsTheTextItsReaderSeesNotTheMarkup() {
    settings = settings(Map.of(Medium.EMAIL, 20));
    Draft markup = new Draft().only("en", "Hi", "<p><b>" + "x".repeat(20) + "</b></p>");
    assertEquals(List.of(), errors(markup));

    Draft text = new Draft().only("en", "Hi", "<p>" + "x".repeat(21) + "</p>");
    assertEquals(List.of("contents.en.body TOO_LONG"), errors(text));
  }

  @Test
  void theExternalSystemsLowerLimitWinsAndWithoutALimitAnyLengthFits() {
    Draft draft = new Draft().only("en", "Hi", "x".repeat(101));
    assertEquals(List.of(), errors(draft), "no limit for email in the settings");

    draft.externalSystem = "GATEWAY";
    FieldError error = only(draft);
    assertEquals("TOO_LONG", error.code());
    assertTrue(error.message().contains("at most 100"), error::message);

    Draft sms = new Draft().sms();
    sms.externalSystem = "GATEWAY";
    sms.only("en", null, "x".repeat(101));
    assertEquals(List.of("contents.en.body TOO_LONG"), errors(sms), "100 under SMS's 160");
  }
}
