package org.herald.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.herald.client.ApiClient;
import org.herald.client.ApiException;
import org.herald.client.api.CategoriesApi;
import org.herald.client.api.CommunicationsApi;
import org.herald.client.api.ContactsApi;
import org.herald.client.api.ExternalSystemsApi;
import org.herald.client.api.QueueExternalSystemsApi;
import org.herald.client.api.TemplatesApi;
import org.herald.client.model.Category;
import org.herald.client.model.Communication;
import org.herald.client.model.CommunicationPage;
import org.herald.client.model.Contact;
import org.herald.client.model.ContactPage;
import org.herald.client.model.Email;
import org.herald.client.model.ExternalQueueEntry;
import org.herald.client.model.ExternalQueuePage;
import org.herald.client.model.ExternalSystem;
import org.herald.client.model.Medium;
import org.herald.client.model.NewCommunication;
import org.herald.client.model.Preview;
import org.herald.client.model.PreviewRequest;
import org.herald.client.model.Problem;
import org.herald.client.model.QueueState;
import org.herald.client.model.QueueStateChange;
import org.herald.client.model.Template;
import org.herald.client.model.TemplateContent;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.Test;

/**
 * The seed's main flow through a Java client the OpenAPI Generator made from the served document,
 * as an integrator would: a contact, a category, a template in two languages and its preview, a
 * communication from the template for an external system, which pulls its queue with its own key
 * and completes the entry; lists read page by page, and a refusal read as a problem.
 */
class GeneratedClientIT {

  private static final String BASE = HeraldClient.ROOT + "/herald";

  private final ApiClient backOffice = client(HeraldClient.API_KEY);
  private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  private static ApiClient client(String key) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(BASE);
    client.setReadTimeout(Duration.ofSeconds(30));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
    return client;
  }

  @Test
  void theMainFlowRunsThroughTheGeneratedClient() throws ApiException {
    Contact contact =
        new ContactsApi(backOffice)
            .createContact(
                null,
                new Contact()
                    .name("Maria Georgiou")
                    .preferredLanguage("el")
                    .addEmailsItem(
                        new Email()
                            .type(Email.TypeEnum.PERSONAL)
                            .address("maria." + suffix.toLowerCase() + "@example.com")
                            .primary(true)));
    assertNotNull(contact.getNumber());
    assertNotNull(contact.getCreatedAt(), "a date-time the client reads as one");

    Category category =
        new CategoriesApi(backOffice)
            .createCategory(new Category().code("GC_" + suffix).name("Generated client"));
    assertEquals("Generated client", new CategoriesApi(backOffice).getCategory(category.getCode()).getName());

    ExternalSystem registered =
        new ExternalSystemsApi(backOffice)
            .registerExternalSystem(
                new ExternalSystem()
                    .code("APP_" + suffix)
                    .name("Mobile app")
                    .supportedMedia(List.of(Medium.PUSH)));
    assertNotNull(registered.getApiKey(), "the key, shown once");
    assertEquals(List.of(Medium.PUSH), registered.getSupportedMedia());

    Template template =
        new TemplatesApi(backOffice)
            .createTemplate(
                new Template()
                    .code("GC_" + suffix)
                    .name("Bill ready")
                    .medium("PUSH")
                    .direction("OUTGOING")
                    .category(category.getCode())
                    .externalSystem(registered.getCode())
                    .effective(true)
                    .defaultLanguage("en")
                    .contents(
                        Map.of(
                            "en",
                            new TemplateContent().subject("Your bill").body("Dear #contact_information.name, your bill is ready."),
                            "el",
                            new TemplateContent().subject("Ο λογαριασμός σας").body("Αγαπητή #contact_information.name, ο λογαριασμός σας είναι έτοιμος."))));
    assertEquals(2, template.getContents().size());

    Preview preview =
        new TemplatesApi(backOffice)
            .previewTemplate(template.getCode(), new PreviewRequest().contact(contact.getNumber()));
    assertEquals("el", preview.getLanguage(), "the contact's preferred language");
    assertTrue(preview.getBody().contains("Maria Georgiou"), preview.getBody());

    Communication sent =
        new CommunicationsApi(backOffice)
            .createCommunication(
                "gc-" + suffix,
                new NewCommunication()
                    .contact(contact.getNumber())
                    .template(template.getCode()));
    assertEquals(registered.getCode(), sent.getProcessedBy());
    assertEquals(QueueState.PENDING, sent.getQueue().getState());

    QueueExternalSystemsApi app = new QueueExternalSystemsApi(client(registered.getApiKey()));
    ExternalQueuePage queue = app.listQueueEntries(null, null, contact.getNumber(), null, 10, true);
    assertEquals(1L, queue.getTotalItems());
    ExternalQueueEntry entry = queue.getItems().get(0);
    assertEquals(sent.getNumber(), entry.getCommunication());
    assertTrue(entry.getContent().contains("Maria Georgiou"), entry.getContent());
    assertEquals(
        QueueState.COMPLETED,
        app.reportQueueEntryState(
                entry.getCommunication(),
                new QueueStateChange().state(QueueStateChange.StateEnum.COMPLETED))
            .getState());

    Communication read = new CommunicationsApi(backOffice).getCommunication(sent.getNumber());
    assertEquals(QueueState.COMPLETED, read.getQueue().getState());
    assertNotNull(read.getQueue().getCompletedAt());
  }

  @Test
  void listsArePagedObjectsTheClientTypes() throws ApiException {
    ContactsApi contacts = new ContactsApi(backOffice);
    for (int i = 0; i < 3; i++) {
      contacts.createContact(null, new Contact().name("Paged " + suffix + " " + i));
    }
    ContactPage first = contacts.listContacts(0, 2, "number,desc");
    assertEquals(2, first.getItems().size());
    assertEquals(0, first.getPage());
    assertEquals(2, first.getSize());
    assertTrue(first.getTotalItems() >= 3, "totalItems " + first.getTotalItems());
    ContactPage second = contacts.listContacts(1, 2, "number,desc");
    assertTrue(
        first.getItems().stream().noneMatch(c -> second.getItems().contains(c)), "pages overlap");

    CommunicationPage communications =
        new CommunicationsApi(backOffice).listCommunications(null, null, null, null, null, null, 0, 5, null);
    assertTrue(communications.getItems().size() <= 5);
  }

  @Test
  void aRefusalIsAProblemTheClientReads() throws Exception {
    ApiException refused =
        assertThrows(
            ApiException.class,
            () ->
                new CommunicationsApi(backOffice)
                    .createCommunication(
                        null,
                        new NewCommunication()
                            .contact("CT_NO_SUCH")
                            .medium(NewCommunication.MediumEnum.EMAIL)
                            .subject("Hello")
                            .content("Hello")));
    assertEquals(422, refused.getCode());
    assertTrue(
        refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        refused.getResponseHeaders().map().toString());
    ObjectMapper json = backOffice.getObjectMapper();
    Problem problem = json.readValue(refused.getResponseBody(), Problem.class);
    assertEquals(422, problem.getStatus());
    assertEquals(
        List.of("contact"),
        problem.getErrors().stream().map(e -> e.getField()).toList(),
        refused.getResponseBody());
  }

  @Test
  void anUnknownResourceIsAProblemToo() {
    ApiException missing =
        assertThrows(
            ApiException.class, () -> new ContactsApi(backOffice).getContact("CT_NO_SUCH_ONE"));
    assertEquals(404, missing.getCode());
  }
}
