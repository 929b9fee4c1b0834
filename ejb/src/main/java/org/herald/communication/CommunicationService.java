package org.herald.communication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herald.api.communication.Origin;
import org.herald.api.problem.FieldError;
import org.herald.category.Category;
import org.herald.category.CategoryRepository;
import org.herald.contact.Contact;
import org.herald.contact.ContactInformation;
import org.herald.contact.ContactRepository;
import org.herald.contact.ContactRows;
import org.herald.entity.BatchLookup;
import org.herald.entity.EntityKey;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.idempotency.IdempotentRequest;
import org.herald.language.Languages;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.PublicNumbers;
import org.herald.queue.QueueAttempt;
import org.herald.queue.QueueEntry;
import org.herald.queue.QueueService;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateRepository;

/** Creates manual communications and, when they are completed, queues their delivery. */
@Stateless
public class CommunicationService {

  @Inject CommunicationRepository communications;
  @Inject CategoryRepository categories;
  @Inject ContactRepository contacts;
  @Inject ContactRows contactRows;
  @Inject QueueService queue;
  @Inject SendPath sendPath;
  @Inject PublicNumbers numbers;
  @Inject ExternalSystemRepository externalSystems;
  @Inject ContactInformation entities;
  @Inject Personalisation personalisation;
  @Inject TemplateRepository templates;
  @Inject Languages languages;

  /**
   * Saves a communication as a draft, or completes it through the {@link SendPath} (an outgoing
   * email or SMS is then queued in the same transaction). An idempotency key already used answers
   * the communication it created (refused if it came with another request).
   */
  public Shown create(NewCommunication request, String idempotencyKey) {
    // A completed one is stored by the send path's own inserts, which take its contact unmanaged.
    CommunicationRequests requests =
        requests(request.draft() ? contacts::findByNumber : contactRows::find);
    Created created = newOrEarlier(request, idempotencyKey, requests, Origin.MANUAL, Instant.now());
    if (created.earlier()) {
      return shown(created.communication());
    }
    QueueEntry entry =
        completeUnlessDraft(created.communication(), created.draft(), created.references());
    // Nothing can follow up a communication made just now.
    return new Shown(created.communication(), entry, List.of());
  }

  /**
   * A communication as it is shown, read in the transaction that made or found it (not in one more
   * per part): its queue entry (null when it has none) and the numbers of its follow-ups.
   */
  public record Shown(Communication communication, QueueEntry queueEntry, List<String> followUps) {}

  /** The communication, shown. */
  public Shown show(String number) {
    return shown(get(number));
  }

  private Shown shown(Communication communication) {
    return new Shown(
        communication,
        queueEntry(communication).orElse(null),
        communications.followUps(communication));
  }

  /**
   * What a create request comes to: the communication its key made earlier, or a new one, resolved
   * and not yet stored.
   */
  private record Created(
      Communication communication, References references, boolean draft, boolean earlier) {}

  /**
   * @throws InvalidInputException naming every problem of the request, or a key reused with another
   *     request
   */
  private Created newOrEarlier(
      NewCommunication request,
      String key,
      CommunicationRequests requests,
      Origin origin,
      Instant now) {
    IdempotentRequest idempotent = IdempotentRequest.of(key, request);
    Optional<Communication> existing =
        idempotent.earlier(
            communications::findByIdempotencyKey, Communication::getIdempotencyFingerprint);
    if (existing.isPresent()) {
      return new Created(existing.get(), null, false, true);
    }
    CommunicationRequests.Resolved resolved = requests.resolve(request, now);
    Communication communication =
        new Communication(
            numbers.next(PublicNumbers.Kind.COMMUNICATION),
            resolved.request(),
            resolved.references(),
            idempotent,
            origin,
            now);
    return new Created(communication, resolved.references(), resolved.request().draft(), false);
  }

  /** One communication of a batch, with its idempotency key (null: none). */
  public record BatchItem(NewCommunication request, String idempotencyKey) {}

  /**
   * What became of a batch item: made now, made earlier under its key, or refused (nothing stored)
   * with the errors of its fields.
   */
  public record BatchOutcome(
      Communication communication, boolean earlier, List<FieldError> errors) {

    static BatchOutcome refused(List<FieldError> errors) {
      return new BatchOutcome(null, false, errors);
    }
  }

  /**
   * Creates many communications in one transaction (a bulk send): each is checked on its own, the
   * ones refused are answered with why and leave the others alone, and those completed go through
   * the {@link SendPath} together. Answers an outcome per item, in order.
   */
  public List<BatchOutcome> createAll(List<BatchItem> items) {
    return createAll(items, Origin.MANUAL, entities.forBatch());
  }

  /**
   * As {@link #createAll(List)}, for communications made by {@code origin} (an automation's for an
   * event, in the caller's transaction when it has one), their entities looked up through {@code
   * records}, which the caller may have fetched them into already.
   */
  public List<BatchOutcome> createAll(List<BatchItem> items, Origin origin, BatchLookup records) {
    Instant now = Instant.now();
    Lookups lookups = new Lookups(records, contacts::findByNumber);
    lookups.prefetch(items);
    CommunicationRequests requests = requests(lookups);
    BatchOutcome[] outcomes = new BatchOutcome[items.size()];
    List<SendPath.Outgoing> toSend = new ArrayList<>();
    List<Integer> sentAt = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      BatchItem item = items.get(i);
      try {
        if (item.idempotencyKey() != null && !keys.add(item.idempotencyKey())) {
          throw InvalidInputException.of(
              IdempotentRequest.FIELD, "DUPLICATE", "is used by an earlier item of this batch");
        }
        Created created =
            newOrEarlier(item.request(), item.idempotencyKey(), requests, origin, now);
        if (created.earlier() || created.draft()) {
          if (!created.earlier()) {
            communications.add(created.communication());
          }
          outcomes[i] = new BatchOutcome(created.communication(), created.earlier(), List.of());
        } else {
          toSend.add(outgoing(created.communication(), created.references()));
          sentAt.add(i);
        }
      } catch (InvalidInputException refused) {
        outcomes[i] = BatchOutcome.refused(refused.errors());
      }
    }
    List<SendPath.Result> results = sendPath.completeAll(toSend, lookups.entities());
    for (int j = 0; j < results.size(); j++) {
      SendPath.Result result = results.get(j);
      outcomes[sentAt.get(j)] =
          result.isCompleted()
              ? new BatchOutcome(result.communication(), false, List.of())
              : BatchOutcome.refused(result.refusals());
    }
    return List.of(outcomes);
  }

  /** Rewrites a draft; saved again as a draft, or completed (and so sent). */
  public Shown update(String number, NewCommunication request) {
    Communication communication = get(number);
    CommunicationRequests.Resolved resolved =
        requests(contacts::findByNumber).resolve(request, Instant.now());
    communication.revise(resolved.request(), resolved.references());
    QueueEntry entry =
        completeUnlessDraft(communication, resolved.request().draft(), resolved.references());
    return new Shown(communication, entry, communications.followUps(communication));
  }

  /** Completes a draft as it stands (and so sends it), without its content again. */
  public Shown complete(String number) {
    return update(number, get(number).asCompletion());
  }

  /** The numbers of the communications that follow this one up, oldest first. */
  public List<String> followUps(Communication communication) {
    return communications.followUps(communication);
  }

  /**
   * The rules with this service's look-ups, each name looked up once per call (a batch of a hundred
   * communications names a handful of contacts and templates; each query would also flush
   * everything the transaction has made so far).
   */
  private CommunicationRequests requests(Function<String, Optional<Contact>> contactsFound) {
    return requests(new Lookups(entities.forBatch(), contactsFound));
  }

  private CommunicationRequests requests(Lookups lookups) {
    return new CommunicationRequests(lookups, personalisation::check);
  }

  /** What requests name, looked up once per call; a batch's contacts and entities fetched first. */
  private final class Lookups implements CommunicationRequests.Directory {
    private final Map<String, Optional<Contact>> contactsByNumber = new HashMap<>();
    private final Map<String, Optional<Category>> categoriesByCode = new HashMap<>();
    private final Map<String, Optional<ExternalSystem>> systemsByCode = new HashMap<>();
    private final Map<String, Optional<CommunicationTemplate>> templatesByCode = new HashMap<>();
    private final BatchLookup records;
    private final Function<String, Optional<Contact>> contactsFound;

    Lookups(BatchLookup records, Function<String, Optional<Contact>> contactsFound) {
      this.records = records;
      this.contactsFound = contactsFound;
    }

    /** Fetches the contacts and referring entities of a batch: a query per kind, not per item. */
    void prefetch(List<BatchItem> items) {
      List<String> numbers =
          items.stream()
              .map(item -> item.request().contactNumber())
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      Map<String, Contact> found = contacts.findByNumbers(numbers);
      numbers.forEach(
          number -> contactsByNumber.put(number, Optional.ofNullable(found.get(number))));
      items.stream()
          .map(item -> item.request().referringEntities())
          .filter(Objects::nonNull)
          .flatMap(List::stream)
          .filter(key -> key != null && key.type() != null && key.number() != null)
          .collect(
              Collectors.groupingBy(
                  EntityKey::type, Collectors.mapping(EntityKey::number, Collectors.toSet())))
          .forEach(records::fetch);
    }

    @Override
    public Optional<Contact> contact(String number) {
      return contactsByNumber.computeIfAbsent(number, contactsFound);
    }

    @Override
    public Optional<Category> category(String code) {
      return categoriesByCode.computeIfAbsent(code, categories::findByCode);
    }

    @Override
    public Optional<Communication> communication(String number) {
      return communications.findByNumber(number);
    }

    @Override
    public Optional<ExternalSystem> externalSystem(String code) {
      return systemsByCode.computeIfAbsent(code, externalSystems::findByCode);
    }

    @Override
    public Optional<CommunicationTemplate> template(String code) {
      return templatesByCode.computeIfAbsent(code, templates::findByCode);
    }

    @Override
    public BatchLookup entities() {
      return records;
    }

    @Override
    public String checkLanguage(String code) {
      return languages.check(code);
    }
  }

  /**
   * A draft is stored as it is; anything else takes the send path, which stores it if it may.
   * Answers the queue entry made (null: none).
   */
  private QueueEntry completeUnlessDraft(
      Communication communication, boolean draft, References references) {
    if (draft) {
      if (communication.getId() == null) {
        communications.add(communication);
      }
      return null;
    }
    return sendPath.complete(outgoing(communication, references)).queueEntry();
  }

  private static SendPath.Outgoing outgoing(Communication communication, References references) {
    return new SendPath.Outgoing(communication, references.referringRecords(), references.texts());
  }

  public Communication get(String number) {
    return communications
        .findByNumber(number)
        .orElseThrow(() -> new UnknownResourceException("communication", number));
  }

  public ResultPage<Communication> list(CommunicationFilter filter, PageRequest page) {
    return communications.list(filter, page);
  }

  public long count(CommunicationFilter filter) {
    return communications.count(filter);
  }

  public Optional<QueueEntry> queueEntry(Communication communication) {
    return queue.forCommunication(communication.getId());
  }

  /** The delivery attempts of a communication's queue entry, oldest first. */
  public List<QueueAttempt> deliveryAttempts(QueueEntry entry) {
    return queue.attempts(entry);
  }

  /** The queue entries of a page of communications, by communication id, in one query. */
  public Map<Long, QueueEntry> queueEntries(List<Communication> page) {
    return queue.forCommunications(page.stream().map(Communication::getId).toList());
  }
}
