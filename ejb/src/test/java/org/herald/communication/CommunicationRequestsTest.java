package org.herald.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.Origin;
import org.herald.api.contact.EmailType;
import org.herald.category.Category;
import org.herald.contact.Contact;
import org.herald.contact.ContactDetails;
import org.herald.contact.ContactEmail;
import org.herald.contact.EmailAddress;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityLookup;
import org.herald.error.InvalidInputException;
import org.herald.error.InvalidValueException;
import org.herald.externalsystem.ExternalSystem;
import org.herald.idempotency.IdempotentRequest;
import org.herald.template.CommunicationTemplate;
import org.junit.jupiter.api.Test;

/** A communication request's rules, over an in-memory directory. */
class CommunicationRequestsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final InMemoryDirectory directory = new InMemoryDirectory();
  private final CommunicationRequests requests =
      new CommunicationRequests(directory, (request, violations) -> null);
  private final Contact maria = directory.add(contact("CT000001", "maria@example.com"));

  @Test
  void aPlainEmailResolvesToItsContactsPrimaryAddress() {
    CommunicationRequests.Resolved resolved = requests.resolve(email("CT000001").build(), NOW);

    assertSame(maria, resolved.references().contact());
    assertEquals("maria@example.com", resolved.references().recipient());
    assertNull(resolved.references().category());
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    NewCommunication request =
        new Request("CT999999")
            .medium(null)
            .content(null)
            .category("NO_SUCH")
            .expiresAt(NOW.minusSeconds(1))
            .entity("no_such_type", "X1")
            .build();

    assertEquals(
        Map.of(
            "medium", "REQUIRED",
            "content", "REQUIRED",
            "contact", "UNKNOWN_CONTACT",
            "category", "UNKNOWN_CATEGORY",
            "expiresAt", "IN_THE_PAST",
            "referringEntities[0].type", "UNKNOWN_ENTITY_TYPE"),
        refusals(request));
  }

  @Test
  void anEmailNeedsASubject() {
    assertEquals(Map.of("subject", "REQUIRED"), refusals(email("CT000001").subject(" ").build()));
  }

  @Test
  void aFollowUpWithoutAContactIsForTheContactOfWhatItFollowsUp() {
    Communication first = directory.add(completed("CM000001", maria));

    CommunicationRequests.Resolved resolved =
        requests.resolve(email(null).referringTo("CM000001").build(), NOW);

    assertSame(maria, resolved.references().contact());
    assertSame(first, resolved.references().referringTo());
  }

  @Test
  void onlyACompletedCommunicationCanBeFollowedUp() {
    directory.add(draft("CM000002", maria));

    assertEquals(
        Map.of("referringTo", "NOT_COMPLETED"),
        refusals(email("CT000001").referringTo("CM000002").build()));
    assertEquals(
        Map.of("referringTo", "UNKNOWN_COMMUNICATION"),
        refusals(email("CT000001").referringTo("CM404404").build()));
  }

  @Test
  void unknownTemplatesExternalSystemsAndLanguagesAreNamed() {
    assertEquals(
        Map.of("template", "UNKNOWN_TEMPLATE"),
        refusals(email("CT000001").template("NO_SUCH").build()));
    assertEquals(
        Map.of("processedBy", "UNKNOWN_EXTERNAL_SYSTEM"),
        refusals(email("CT000001").processedBy("NO_SUCH").build()));
    assertEquals(
        Map.of("language", "UNSUPPORTED_LANGUAGE"),
        refusals(email("CT000001").language("xx").build()));
  }

  @Test
  void aKnownCategoryIsReferredTo() {
    Category billing = new Category("BILLING", "Billing", null);
    directory.categories.put("BILLING", billing);

    assertSame(
        billing,
        requests
            .resolve(email("CT000001").category("BILLING").build(), NOW)
            .references()
            .category());
  }

  private Map<String, String> refusals(NewCommunication request) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> requests.resolve(request, NOW));
    Map<String, String> byField = new HashMap<>();
    refused.errors().forEach(error -> byField.put(error.field(), error.code()));
    return byField;
  }

  private static Contact contact(String number, String email) {
    return new Contact(
        number,
        new ContactDetails(
            "Maria",
            "el",
            List.of(new ContactEmail(EmailType.PERSONAL, EmailAddress.of(email), true)),
            List.of(),
            false,
            false),
        list -> false,
        IdempotentRequest.NONE,
        NOW);
  }

  private static Communication draft(String number, Contact contact) {
    NewCommunication request = email(contact.getNumber()).build();
    return new Communication(
        number,
        request,
        new References(contact, null, null, null, null, List.of(), List.of(), null),
        IdempotentRequest.NONE,
        Origin.MANUAL,
        NOW);
  }

  private static Communication completed(String number, Contact contact) {
    Communication communication = draft(number, contact);
    communication.complete(NOW);
    return communication;
  }

  private static Request email(String contact) {
    return new Request(contact);
  }

  /** A request as a test builds it: an outgoing email unless it says otherwise. */
  private static final class Request {
    private final String contact;
    private String referringTo;
    private Medium medium = Medium.EMAIL;
    private String category;
    private String subject = "Hello";
    private String content = "Dear Maria";
    private String processedBy;
    private Instant expiresAt;
    private final List<EntityKey> entities = new java.util.ArrayList<>();
    private String template;
    private String language;

    Request(String contact) {
      this.contact = contact;
    }

    Request medium(Medium medium) {
      this.medium = medium;
      return this;
    }

    Request content(String content) {
      this.content = content;
      return this;
    }

    Request subject(String subject) {
      this.subject = subject;
      return this;
    }

    Request category(String category) {
      this.category = category;
      return this;
    }

    Request referringTo(String referringTo) {
      this.referringTo = referringTo;
      return this;
    }

    Request processedBy(String processedBy) {
      this.processedBy = processedBy;
      return this;
    }

    Request expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    Request entity(String type, String number) {
      entities.add(new EntityKey(type, number));
      return this;
    }

    Request template(String template) {
      this.template = template;
      return this;
    }

    Request language(String language) {
      this.language = language;
      return this;
    }

    NewCommunication build() {
      return new NewCommunication(
          contact,
          referringTo,
          Direction.OUTGOING,
          medium,
          category,
          subject,
          content,
          null,
          processedBy,
          expiresAt,
          false,
          entities,
          template,
          language,
          null,
          Map.of(),
          false);
    }
  }

  /** Contacts, categories and communications held in maps; no templates or external systems. */
  private static final class InMemoryDirectory implements CommunicationRequests.Directory {
    final Map<String, Contact> contacts = new HashMap<>();
    final Map<String, Category> categories = new HashMap<>();
    final Map<String, Communication> communications = new HashMap<>();

    Contact add(Contact contact) {
      contacts.put(contact.getNumber(), contact);
      return contact;
    }

    Communication add(Communication communication) {
      communications.put(communication.getNumber(), communication);
      return communication;
    }

    @Override
    public Optional<Contact> contact(String number) {
      return Optional.ofNullable(contacts.get(number));
    }

    @Override
    public Optional<Category> category(String code) {
      return Optional.ofNullable(categories.get(code));
    }

    @Override
    public Optional<Communication> communication(String number) {
      return Optional.ofNullable(communications.get(number));
    }

    @Override
    public Optional<ExternalSystem> externalSystem(String code) {
      return Optional.empty();
    }

    @Override
    public Optional<CommunicationTemplate> template(String code) {
      return Optional.empty();
    }

    @Override
    public EntityLookup entities() {
      return EntityLookup.of(List.of());
    }

    @Override
    public String checkLanguage(String code) {
      if (!List.of("en", "el").contains(code)) {
        throw new InvalidValueException("UNSUPPORTED_LANGUAGE", code + " is not one of en, el");
      }
      return code;
    }
  }
}
