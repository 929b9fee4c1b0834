package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.communication.Origin;
import org.herald.api.problem.FieldError;
import org.herald.channel.OutgoingMessage;
import org.herald.dynamiclink.DynamicLinkRenderers;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityRecord;
import org.herald.error.InvalidInputException;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.persistence.Writes;
import org.herald.queue.QueueEntry;
import org.herald.queue.QueueService;
import org.herald.settings.CurrentSettings;
import org.herald.settings.Settings;
import org.herald.tag.DynamicLinkType;
import org.herald.tracking.EmailTracking;

/**
 * The one path every communication takes when it is completed, whoever made it (the manual API, a
 * template, an automation, a notification run): personalised → the sending rules of General
 * Settings → the contact's consent → tracking and one-click unsubscribe added → stored and queued.
 * A refused communication is neither stored nor queued. Runs in the caller's transaction, so a bulk
 * caller completes a whole chunk in one; a CDI bean, as it needs nothing of an EJB's container,
 * whose call into it was a fortieth of a create's CPU.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SendPath {

  @Inject Personalisation personalisation;
  @Inject CurrentSettings settings;
  @Inject EmailTracking tracking;
  @Inject DynamicLinkRenderers links;
  @Inject QueueService queue;
  @Inject CommunicationRows rows;

  /**
   * A communication to complete: with the records of the entities it refers to, its subject and
   * content as parsed (null for an incoming one, which is recorded as it arrived) and, for a
   * notification run's, the run's item its {@code #notification.…} tags read (else null).
   */
  public record Outgoing(
      Communication communication,
      List<EntityRecord> entities,
      Personalisation.Texts texts,
      EntityRecord notificationItem) {

    public Outgoing(
        Communication communication, List<EntityRecord> entities, Personalisation.Texts texts) {
      this(communication, entities, texts, null);
    }
  }

  /**
   * What became of one communication: refused with why, or completed, with the queue entry it made
   * (null when it has none: an incoming one, or a medium no one delivers).
   */
  public record Result(
      Communication communication, QueueEntry queueEntry, List<FieldError> refusals) {
    public boolean isCompleted() {
      return refusals.isEmpty();
    }
  }

  /**
   * Completes one communication: stored and queued by the same inserts as a batch's (a statement a
   * row, past the provider's change set: a create's commit of its two inserts through the provider
   * was a seventh of its CPU).
   *
   * @throws org.herald.error.InvalidInputException naming each rule it breaks; the caller's
   *     transaction is then rolled back
   */
  public Result complete(Outgoing outgoing) {
    Result result = completeAll(List.of(outgoing)).get(0);
    if (!result.isCompleted()) {
      throw new InvalidInputException(result.refusals());
    }
    return result;
  }

  /**
   * Completes many communications in the caller's transaction (one chunk of a bulk run): each one
   * refused is left out (not stored) and answered with why; the others are stored and queued
   * together, a batch of rows per table rather than a round trip per row.
   */
  public List<Result> completeAll(List<Outgoing> batch) {
    return completeAll(batch, null);
  }

  /**
   * As {@link #completeAll(List)}, their tags following references through {@code lookup} (one the
   * caller has fetched the batch's records into), or the store's when null.
   */
  public List<Result> completeAll(List<Outgoing> batch, EntityLookup lookup) {
    Settings current = settings.get();
    Instant now = Instant.now();
    List<List<FieldError>> refusals = new ArrayList<>(batch.size());
    List<Communication> made = new ArrayList<>();
    List<Integer> toDeliver = new ArrayList<>(); // positions in the batch
    for (int i = 0; i < batch.size(); i++) {
      Outgoing outgoing = batch.get(i);
      List<FieldError> refused = checked(outgoing, current, now, lookup).errors();
      refusals.add(refused);
      Communication communication = outgoing.communication();
      if (!refused.isEmpty()) {
        continue;
      }
      if (communication.getId() == null) { // else a draft read in this transaction, saved with it
        made.add(communication);
      }
      if (communication.isToDeliver()) {
        toDeliver.add(i);
      }
    }
    Writes writes = rows.writes(); // the communications and their entries: one round trip
    rows.insertAll(made, writes);
    List<QueueEntry> entries =
        queue.enqueueAll(
            toDeliver.stream().map(i -> toQueue(batch.get(i).communication())).toList(), writes);
    writes.run();
    QueueEntry[] queued = new QueueEntry[batch.size()];
    for (int j = 0; j < entries.size(); j++) {
      queued[toDeliver.get(j)] = entries.get(j);
    }
    List<Result> results = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      results.add(new Result(batch.get(i).communication(), queued[i], refusals.get(i)));
    }
    return results;
  }

  /** Completes and personalises it, then checks the sending rules and consent: what they refuse. */
  private Violations checked(
      Outgoing outgoing, Settings current, Instant now, EntityLookup lookup) {
    Violations violations = new Violations();
    Communication communication = outgoing.communication();
    communication.complete(now);
    if (outgoing.texts() != null) {
      personalisation.personalise(
          communication,
          outgoing.entities(),
          outgoing.texts(),
          outgoing.notificationItem(),
          lookup);
    }
    SendingRules.check(communication, current, violations);
    checkConsent(communication, violations);
    return violations;
  }

  /** What the queue takes of a completed communication to deliver. */
  private QueueService.ToQueue toQueue(Communication communication) {
    ExternalSystem system = communication.getProcessedBy();
    return new QueueService.ToQueue(
        communication.getId(),
        prepared(communication),
        system != null && !system.hasWebhook(),
        communication.getExpiresAt());
  }

  /**
   * The seed's notification preferences: marketing needs the contact's opt-in to that list, unless
   * the communication overrides preferences; other classifications are never blocked.
   */
  private static void checkConsent(Communication communication, Violations violations) {
    Classification classification = communication.getClassification();
    if (communication.getDirection() != Direction.OUTGOING
        || communication.isOverridingPreferences()
        || communication.getContact().accepts(classification)) {
      return;
    }
    violations.add(
        "classification",
        "OPTED_OUT",
        communication.getContact().getNumber()
            + " has not opted in to "
            + (classification == Classification.DIRECT_MARKETING ? "direct" : "affiliate")
            + " marketing; set overridePreferences to send it all the same");
  }

  /**
   * What the queue delivers: an HTML email made trackable when the tracking settings cover this
   * communication's origin, and a marketing email with its list's one-click unsubscribe.
   */
  private OutgoingMessage prepared(Communication communication) {
    OutgoingMessage message =
        tracking.track(
            communication.outgoingMessage(), communication.getOrigin() == Origin.NOTIFICATION_RUN);
    return withUnsubscribe(communication, message);
  }

  /** A marketing email carries its list's one-click unsubscribe (RFC 8058); no other does. */
  private OutgoingMessage withUnsubscribe(Communication communication, OutgoingMessage message) {
    Classification classification = communication.getClassification();
    if (communication.getMedium() != Medium.EMAIL
        || classification == null
        || !classification.isMarketing()) {
      return message;
    }
    DynamicLinkType optOut =
        classification == Classification.DIRECT_MARKETING
            ? DynamicLinkType.OPT_OUT_DIRECT_MARKETING
            : DynamicLinkType.OPT_OUT_AFFILIATE_MARKETING;
    return message.withListUnsubscribe(
        links.unsubscribeAddress(
            communication.getNumber(), communication.getContact().getNumber(), optOut));
  }
}
