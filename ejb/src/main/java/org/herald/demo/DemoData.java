package org.herald.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.contact.EmailType;
import org.herald.api.contact.PhoneType;
import org.herald.category.Category;
import org.herald.category.CategoryRepository;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationService;
import org.herald.communication.NewCommunication;
import org.herald.contact.Contact;
import org.herald.contact.ContactDetails;
import org.herald.contact.ContactEmail;
import org.herald.contact.ContactPhone;
import org.herald.contact.ContactService;
import org.herald.contact.EmailAddress;
import org.herald.contact.PhoneNumber;
import org.herald.dynamiclink.DynamicLinkSettingsService;
import org.herald.dynamiclink.DynamicLinks;
import org.herald.entity.ReferringEntityService;
import org.herald.link.PublicAddress;
import org.herald.tag.DynamicLinkType;
import org.herald.template.TemplateDetails;
import org.herald.template.TemplateRepository;
import org.herald.template.TemplateService;

/**
 * Company ZX's subscribers, categories, a few logged communications, Maria's account, bill and
 * payment as the CRM syncs them, and the seed's Payment Receipt and Bill information templates.
 * Every record is created under a fixed idempotency key (or looked up by code or number), so
 * loading twice adds nothing.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "SettingsSeed"})
public class DemoData {

  private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "herald.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject CategoryRepository categories;
  @Inject ContactService contacts;
  @Inject CommunicationService communications;
  @Inject ReferringEntityService referringEntities;
  @Inject TemplateRepository templateRepository;
  @Inject TemplateService templates;
  @Inject DynamicLinkSettingsService dynamicLinks;
  @Inject PublicAddress publicAddress;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    category("GENERAL", "General", "Anything not classified elsewhere");
    category("INQUIRY", "Inquiry", "Questions about services and products");
    category("COMPLAINT", "Customer complaint", "Complaints and support issues");
    category("BILLING", "Billing", "Bills, payments and balances");
    category("MARKETING", "Marketing", "Offers and announcements");

    Contact maria =
        contact(
            "demo-contact-1",
            "Maria Georgiou",
            "el",
            List.of(
                email(EmailType.PERSONAL, "maria.georgiou@example.com", true),
                email(EmailType.WORK, "m.georgiou@zx-partner.example", false)),
            List.of(
                phone(PhoneType.MOBILE, "+35799123456", true),
                phone(PhoneType.HOME, "+35722123456", false)),
            true,
            false);
    Contact john =
        contact(
            "demo-contact-2",
            "John Smith",
            "en",
            List.of(email(EmailType.PERSONAL, "john.smith@example.com", true)),
            List.of(phone(PhoneType.MOBILE, "+447911123456", true)),
            true,
            true);
    Contact eleni =
        contact(
            "demo-contact-3",
            "Eleni Papadopoulou",
            "el",
            List.of(email(EmailType.WORK, "eleni@example.gr", true)),
            List.of(
                phone(PhoneType.MOBILE, "+306912345678", true),
                phone(PhoneType.WORK, "+302101234567", false)),
            false,
            false);
    contact(
        "demo-contact-4",
        "Andreas Christou",
        "en",
        List.of(
            email(EmailType.PERSONAL, "andreas.christou@example.com", true),
            email(EmailType.OTHER, "andreas@example.org", false)),
        List.of(),
        false,
        true);

    Communication inquiry =
        log(
            "demo-communication-1",
            maria,
            Direction.INCOMING,
            Medium.PHONE,
            "INQUIRY",
            "Asked about fibre upgrade",
            "Customer called to ask when fibre reaches her area.",
            false);
    communications.create(
        new NewCommunication(
            null,
            inquiry.getNumber(),
            Direction.OUTGOING,
            Medium.PHONE,
            "INQUIRY",
            "Called back about fibre",
            "Told the customer fibre reaches her area next spring.",
            null,
            null,
            null,
            false,
            List.of(),
            null,
            null,
            null,
            null,
            false),
        "demo-communication-5");
    log(
        "demo-communication-2",
        john,
        Direction.INCOMING,
        Medium.EMAIL,
        "COMPLAINT",
        "Service interruption",
        "My service was down for two hours yesterday evening.",
        false);
    log(
        "demo-communication-3",
        eleni,
        Direction.OUTGOING,
        Medium.LETTER,
        "BILLING",
        "Annual statement",
        "Annual statement posted.",
        false);
    log(
        "demo-communication-4",
        john,
        Direction.OUTGOING,
        Medium.EMAIL,
        "GENERAL",
        "Welcome to Company ZX",
        "Dear John Smith, we would like to welcome you to our company.",
        true);

    referringEntities.upsert("wallet", "WL000001", Map.of("balance", "25.50"));
    referringEntities.upsert(
        "accounts_receivable",
        "AR000123",
        Map.of(
            "name", maria.getName(),
            "balance", "1234.56",
            "outstanding_amount", "350.00",
            "due_date", "2026-11-01",
            "currency", "EUR",
            "wallet", "WL000001",
            "contact", maria.getNumber()));
    referringEntities.upsert(
        "bill",
        "BL000789",
        Map.of(
            "due_date", "2026-11-30",
            "total_amount_to_be_paid", "1480.20",
            "accounts_receivable", "AR000123"));
    referringEntities.upsert(
        "payment", "PM000042", Map.of("amount", "50.00", "accounts_receivable", "AR000123"));
    referringEntities.upsert(
        "subscription",
        "SB000007",
        Map.of(
            "status",
            "ACTIVE",
            "accounts_receivable",
            "AR000123",
            "services",
            List.of("Fibre 100", "TV Premium"),
            "installed_items",
            List.of("Router ZX-1", "Set-top box S2")));
    referringEntities.upsert(
        "service_request",
        "SR000015",
        Map.of(
            "type", "Slow internet",
            "response_description", "We replaced your router; speeds are back to normal.",
            "responded_by", "Andreas Nicolaou",
            "response_date", "2026-11-20",
            "response_acceptance", "PENDING"));
    enableDynamicLinks();
    template(
        "WELCOME",
        "GENERAL",
        "Welcome email and subscription details",
        "subscription",
        "Welcome to Company ZX",
        SeedTemplates.WELCOME);
    template(
        "PAYMENT_RECEIPT",
        "BILLING",
        "Payment Receipt",
        "payment",
        "Payment #payment.number received",
        SeedTemplates.PAYMENT_RECEIPT);
    template(
        "SUBSCRIBE_IN",
        "MARKETING",
        "Subscribe in mailing list",
        null,
        "Join our mailing list",
        SeedTemplates.SUBSCRIBE_IN);
    template(
        "SUBSCRIBE_OFF",
        "MARKETING",
        "Subscribe off mailing list",
        null,
        "Leave our mailing lists",
        SeedTemplates.SUBSCRIBE_OFF);
    template(
        "SERVICE_REQUEST_RESPONSE",
        "COMPLAINT",
        "Communicate service requests to accept response",
        "service_request",
        "Your service request #service_request.number",
        SeedTemplates.SERVICE_REQUEST_RESPONSE);
    template(
        "BILL_INFORMATION",
        "BILLING",
        "Bill information",
        "bill",
        "Your bill #bill.number",
        SeedTemplates.BILL_INFORMATION);
    // For the seed's financial notification run over accounts receivable.
    store(
        "ACCOUNT_STATE",
        "BILLING",
        "Accounts Receivable state and balance",
        List.of(),
        "accounts_receivable",
        "Your account #notification.accounts_receivable.number",
        SeedTemplates.ACCOUNT_STATE);
    LOG.log(System.Logger.Level.INFO, "Demo data loaded (Company ZX)");
  }

  private void category(String code, String name, String description) {
    if (categories.findByCode(code).isEmpty()) {
      categories.add(new Category(code, name, description));
    }
  }

  /**
   * The seed's dynamic-link templates need their links enabled; they point at this server
   * (herald.public-base-url), and are left alone once an admin has enabled any.
   */
  private void enableDynamicLinks() {
    DynamicLinks current = dynamicLinks.get();
    if (!current.enabledTypes().isEmpty()) {
      return;
    }
    Map<DynamicLinkType, DynamicLinks.TypeSetting> enabled = new EnumMap<>(DynamicLinkType.class);
    current
        .types()
        .forEach(
            (type, setting) ->
                enabled.put(
                    type,
                    new DynamicLinks.TypeSetting(
                        true, setting.linkText(), setting.redirectionUrl())));
    dynamicLinks.update(
        new DynamicLinkSettingsService.Change(publicAddress.base(), null, enabled), Map.of());
  }

  private void template(
      String code, String category, String name, String entityType, String subject, String body) {
    store(
        code,
        category,
        name,
        entityType == null ? List.of() : List.of(entityType),
        null,
        subject,
        body);
  }

  private void store(
      String code,
      String category,
      String name,
      List<String> entityTypes,
      String notificationItem,
      String subject,
      String body) {
    if (templateRepository.findByCode(code).isEmpty()) {
      templates.create(
          code,
          new TemplateDetails(
              name,
              Medium.EMAIL.name(),
              Direction.OUTGOING.name(),
              category,
              entityTypes,
              null,
              true,
              "en",
              Map.of("en", new TemplateDetails.Content(subject, body)),
              notificationItem));
    }
  }

  private Contact contact(
      String key,
      String name,
      String language,
      List<ContactEmail> emails,
      List<ContactPhone> phones,
      boolean direct,
      boolean affiliate) {
    return contacts.create(
        new ContactDetails(name, language, emails, phones, direct, affiliate), key);
  }

  private Communication log(
      String key,
      Contact contact,
      Direction direction,
      Medium medium,
      String category,
      String subject,
      String content,
      boolean draft) {
    return communications
        .create(
            new NewCommunication(
                contact.getNumber(),
                null,
                direction,
                medium,
                category,
                subject,
                content,
                null,
                null,
                null,
                draft,
                List.of(),
                null,
                null,
                null,
                null,
                false),
            key)
        .communication();
  }

  private static ContactEmail email(EmailType type, String address, boolean primary) {
    return new ContactEmail(type, EmailAddress.of(address), primary);
  }

  private static ContactPhone phone(PhoneType type, String number, boolean primary) {
    return new ContactPhone(type, PhoneNumber.of(number), primary);
  }
}
