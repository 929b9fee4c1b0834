package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.herald.category.Category;
import org.herald.category.CategoryRepository;
import org.herald.communication.NotificationSends;
import org.herald.communication.SendPath;
import org.herald.contact.Contact;
import org.herald.contact.ContactRepository;
import org.herald.entity.EntityLookup;
import org.herald.entity.ReferringEntityRepository;
import org.herald.error.InvalidValueException;
import org.herald.queue.NodeName;
import org.herald.template.CommunicationTemplate;
import org.herald.template.ParsedTemplate;
import org.herald.template.ParsedTemplates;
import org.herald.template.TemplateRepository;

/**
 * Sends one chunk of a run in the chunk's transaction: for each item its contact (through the
 * topic's references; a plan's item is the contact), consent (data protection, a plan's marketing,
 * unless the run overrides preferences), then a communication per template through the {@link
 * SendPath}, all completed together; then the run's counts and checkpoint, under the run's row
 * lock. A run no longer running makes nothing (the chunk is rolled back).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChunkSender {

  @Inject NotificationRunRepository runs;
  @Inject TemplateRepository templates;
  @Inject ParsedTemplates parsedTemplates;
  @Inject CategoryRepository categories;
  @Inject ContactRepository contacts;
  @Inject ReferringEntityRepository entities;
  @Inject NotificationSends sends;
  @Inject SendPath sendPath;
  @Inject NodeName node;

  /** A template as the chunk uses it: parsed once, with its category. */
  private record Prepared(
      CommunicationTemplate template, ParsedTemplate parsed, Category category) {}

  public void send(long runId, int attempt, List<RunItem> items) {
    if (items.isEmpty()) {
      return;
    }
    NotificationRunRepository.Checkpoint checkpoint = runs.lockForChunk(runId);
    if (checkpoint.state() != RunState.RUNNING) {
      throw new RunInterruptedException("run is " + checkpoint.state());
    }
    if (checkpoint.attempt() != attempt) {
      throw new RunInterruptedException("attempt " + checkpoint.attempt() + " replaced this one");
    }
    if (items.get(0).id() <= checkpoint.lastItemId()) {
      throw new RunInterruptedException("another execution is past item " + items.get(0).id());
    }
    NotificationRun run = runs.find(runId);
    RunSource source = run.source();
    List<Prepared> prepared = prepared(source);
    Instant now = Instant.now();
    Instant expiresAt = source.expiryFor(now);
    EntityLookup lookup = entities.remembering();
    // A plan's item is the contact; a type's item reaches it through the topic's references.
    List<Optional<String>> contactNumbers =
        items.stream()
            .map(
                item ->
                    item.record() == null
                        ? Optional.of(item.contactNumber())
                        : run.getType().getTopic().contactOf(item.record(), lookup))
            .toList();
    // The chunk's contacts in one go: a query per item was most of a chunk's round trips.
    Map<String, Contact> contactsByNumber =
        contacts.findByNumbers(
            contactNumbers.stream().flatMap(Optional::stream).collect(Collectors.toSet()));
    long consent = 0;
    long noAddress = 0;
    List<SendPath.Outgoing> outgoing = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      RunItem item = items.get(i);
      Contact contact = contactNumbers.get(i).map(contactsByNumber::get).orElse(null);
      if (contact == null) {
        noAddress += prepared.size();
        continue;
      }
      if (!run.isOverridingPreferences()
          && source.consentList() != null
          && !contact.accepts(source.consentList())) {
        consent += prepared.size();
        continue;
      }
      for (Prepared template : prepared) {
        String language = template.template().languageFor(null, contact.getPreferredLanguage());
        ParsedTemplate.Texts texts = template.parsed().in(language).orElseThrow();
        try {
          outgoing.add(
              sends.outgoing(
                  new NotificationSends.Send(
                      runId,
                      item.id(),
                      item.record(),
                      contact,
                      template.template(),
                      language,
                      texts.subject(),
                      texts.body(),
                      template.category(),
                      source.getExternalSystem(),
                      source.getClassification(),
                      expiresAt,
                      run.isOverridingPreferences()),
                  now));
        } catch (InvalidValueException noRecipient) {
          noAddress++;
        }
      }
    }
    long created =
        sendPath.completeAll(outgoing).stream().filter(SendPath.Result::isCompleted).count();
    runs.progress(
        runId,
        items.get(items.size() - 1).id(),
        new RunCounts(items.size(), created, consent, noAddress, outgoing.size() - created),
        node.value(),
        now);
  }

  private List<Prepared> prepared(RunSource source) {
    List<Prepared> prepared = new ArrayList<>();
    for (String code : source.getTemplates()) {
      // A template deleted since the type was saved is a fault of the run, not of one item.
      CommunicationTemplate template =
          templates
              .findByCode(code)
              .orElseThrow(() -> new IllegalStateException("template " + code + " is gone"));
      Category category =
          template.getCategoryCode() == null
              ? null
              : categories.findByCode(template.getCategoryCode()).orElse(null);
      prepared.add(new Prepared(template, parsedTemplates.of(template), category));
    }
    return prepared;
  }
}
