package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.communication.Origin;
import org.herald.category.Category;
import org.herald.contact.Contact;
import org.herald.entity.EntityKey;
import org.herald.entity.EntityRecord;
import org.herald.externalsystem.ExternalSystem;
import org.herald.idempotency.IdempotentRequest;
import org.herald.persistence.PublicNumbers;
import org.herald.tag.TemplateText;
import org.herald.template.CommunicationTemplate;

/**
 * Makes the communications of a notification run (or a communication plan) for the {@link
 * SendPath}: one per item, contact and template, from a template parsed once, referring to the item
 * and marked with the run and item so that the run's unique key counts it once.
 */
@ApplicationScoped
public class NotificationSends {

  @Inject PublicNumbers numbers;

  /**
   * One communication to make: for {@code item} (the run's item, which {@code #notification.…} tags
   * read; null for a communication plan, whose item is the contact) to {@code contact}, from {@code
   * template} in {@code language} whose subject (null when none) and body are parsed already;
   * {@code processedBy} is null when Herald delivers it; {@code overridePreferences} sends it (and
   * records it sent) whatever the contact's marketing preferences.
   */
  public record Send(
      long runId,
      long itemId,
      EntityRecord item,
      Contact contact,
      CommunicationTemplate template,
      String language,
      TemplateText subject,
      TemplateText body,
      Category category,
      ExternalSystem processedBy,
      Classification classification,
      Instant expiresAt,
      boolean overridePreferences) {}

  /**
   * The communication, ready for {@link SendPath#completeAll}.
   *
   * @throws org.herald.error.InvalidValueException ({@code NO_RECIPIENT}) when the contact has no
   *     address for the template's medium
   */
  public SendPath.Outgoing outgoing(Send send, Instant now) {
    CommunicationTemplate template = send.template();
    String recipient =
        Recipients.resolve(Direction.OUTGOING, template.getMedium(), null, send.contact());
    // It refers to its item, so the template's #<item type>.… tags read it as well; a plan's
    // communication is to the contact alone (its item is the contact).
    List<EntityKey> refersTo =
        send.item() == null
            ? List.of()
            : List.of(new EntityKey(send.item().type(), send.item().number()));
    List<EntityRecord> items = send.item() == null ? List.of() : List.of(send.item());
    NewCommunication request =
        new NewCommunication(
            send.contact().getNumber(),
            null,
            Direction.OUTGOING,
            template.getMedium(),
            template.getCategoryCode(),
            send.subject() == null ? null : send.subject().source(),
            send.body().source(),
            recipient,
            send.processedBy() == null ? null : send.processedBy().getCode(),
            send.expiresAt(),
            false,
            refersTo,
            template.getCode(),
            send.language(),
            send.classification(),
            Map.of(),
            send.overridePreferences());
    Personalisation.Texts texts = new Personalisation.Texts(send.subject(), send.body());
    References references =
        new References(
            send.contact(),
            send.category(),
            recipient,
            null,
            send.processedBy(),
            refersTo,
            items,
            texts);
    Communication communication =
        new Communication(
            numbers.next(PublicNumbers.Kind.COMMUNICATION),
            request,
            references,
            IdempotentRequest.NONE,
            Origin.NOTIFICATION_RUN,
            now);
    communication.madeByRun(send.runId(), send.itemId());
    return new SendPath.Outgoing(communication, items, texts, send.item());
  }
}
