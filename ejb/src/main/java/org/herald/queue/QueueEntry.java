package org.herald.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.error.IllegalTransitionException;

/**
 * One outgoing communication waiting for, or done with, delivery. It holds the message as rendered
 * for delivery, so the dispatcher needs nothing else. Claim fields are internal: the public life
 * cycle is the seed's four states.
 */
@Entity
@Table(name = "queue_entry")
@NamedQuery(
    name = "QueueEntry.byCommunication",
    query = "SELECT q FROM QueueEntry q WHERE q.communicationId = :communicationId")
@NamedQuery(
    name = "QueueEntry.byCommunications",
    query = "SELECT q FROM QueueEntry q WHERE q.communicationId IN :communicationIds")
public class QueueEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The error code of an entry that expired while pending. */
  public static final String EXPIRED = "EXPIRED";

  public static final String EXPIRED_REASON = "expired before delivery";

  /** The note on an entry completed because its peer accepted it but never sent a receipt. */
  public static final String NO_RECEIPT = "NO_RECEIPT";

  public static final String NO_RECEIPT_REASON =
      "accepted by the peer; no delivery receipt came in time";

  /**
   * The error code of an entry whose claim outlived any send: its node stopped between the send and
   * recording the outcome. Whether it reached the peer is unknown, so it is not sent again.
   */
  public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

  public static final String OUTCOME_UNKNOWN_REASON =
      "claimed for delivery but no outcome was recorded (the node stopped mid-send?);"
          + " not sent again, so it cannot arrive twice";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "queue_entry_seq")
  @SequenceGenerator(
      name = "queue_entry_seq",
      sequenceName = "queue_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "communication_id", nullable = false, updatable = false)
  private Long communicationId;

  @Column(name = "communication_number", nullable = false, updatable = false)
  private String communicationNumber;

  @Column(name = "contact_number", nullable = false, updatable = false)
  private String contactNumber;

  /** The external system this entry is for; null when it goes straight to the contact. */
  @Column(name = "external_system_id", updatable = false)
  private Long externalSystemId;

  /** The external system pulls it over REST; otherwise Herald delivers it (or pushes it there). */
  @Column(name = "pulled", nullable = false, updatable = false)
  private boolean pulled;

  @Enumerated(EnumType.STRING)
  @Column(name = "medium", nullable = false, updatable = false)
  private Medium medium;

  @Column(name = "recipient", updatable = false)
  private String recipient;

  @Column(name = "subject", updatable = false)
  private String subject;

  @Column(name = "content", nullable = false, updatable = false)
  private String content;

  @Column(name = "list_unsubscribe", updatable = false)
  private String listUnsubscribe;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private QueueState state;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "error_reason")
  private String errorReason;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  /** The peer's id for the accepted message (an SMSC message id), to match its receipt. */
  @Column(name = "peer_reference")
  private String peerReference;

  /** How many messages delivery took (parts of a concatenated SMS); 0 before it is accepted. */
  @Column(name = "parts", nullable = false)
  private int parts;

  /** Set once a peer accepted the message and will report delivery later. */
  @Column(name = "awaiting_receipt_since")
  private Instant awaitingReceiptSince;

  /** When the next delivery attempt is due: no claim takes the entry earlier. */
  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  /**
   * Set while {@link #nextAttemptAt} is a slot its integration's rate limit reserved for it: the
   * entry is then sent at that time without asking the limit again. An attempt uses it up.
   */
  @Column(name = "rate_slot_reserved", nullable = false)
  private boolean rateSlotReserved;

  /** How many times a dispatcher claimed the entry for sending (one per attempt, normally). */
  @Column(name = "claims", nullable = false)
  private int claims;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  /**
   * Attempts recorded since the entry was read, for {@link QueueRepository} to store, each as a row
   * of its own. The stored ones are not mapped here: EclipseLink reads a mapped collection of an
   * entity read with a lock, even a lazy one, so every claim and settlement read each entry's log
   * (8 % of an SMS drain's CPU, a query per entry).
   */
  @Transient private List<QueueAttempt> unsavedAttempts = new ArrayList<>();

  protected QueueEntry() {}

  public QueueEntry(
      long communicationId,
      OutgoingMessage message,
      boolean pulled,
      Instant expiresAt,
      Instant now) {
    this.communicationId = communicationId;
    this.contactNumber = message.contactNumber();
    this.externalSystemId = message.externalSystemId();
    this.pulled = pulled;
    this.communicationNumber = message.communicationNumber();
    this.medium = message.medium();
    this.recipient = message.recipient();
    this.subject = message.subject();
    this.content = message.content();
    this.listUnsubscribe = message.listUnsubscribe();
    this.state = QueueState.PENDING;
    this.expiresAt = expiresAt;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public OutgoingMessage message() {
    return new OutgoingMessage(
        communicationNumber,
        medium,
        recipient,
        subject,
        content,
        contactNumber,
        externalSystemId,
        listUnsubscribe);
  }

  // The rules below decide where an entry goes next. The sweeps in QueueRepository apply the same
  // predicates in bulk, in SQL; QueueSweepCases holds the cases both must agree on.

  /**
   * Whether a dispatcher may take the entry, now or once it is due: it is pending, Herald delivers
   * it (no external system pulls it), nobody holds it, no receipt is awaited, and it has not
   * expired.
   */
  public boolean isDispatchableAt(Instant now) {
    return isWaitingForDispatch() && expiresAt.isAfter(now);
  }

  /**
   * Pending, delivered by Herald (no external system pulls it), held by nobody, and no receipt
   * awaited: what every dispatch rule starts from, whatever the times say.
   */
  boolean isWaitingForDispatch() {
    return state == QueueState.PENDING
        && !pulled
        && claimedBy == null
        && awaitingReceiptSince == null;
  }

  /**
   * Whether a dispatcher's claim takes it now ({@link QueueRepository#DUE}): pending, delivered by
   * Herald, held by nobody, no receipt awaited, and its next attempt due. An expired one is taken
   * too, and rejected by the claim as the expiry sweep would.
   */
  public boolean isClaimableAt(Instant now) {
    return isWaitingForDispatch() && !nextAttemptAt.isAfter(now);
  }

  /** Whether a dispatcher may take it right now: dispatchable and its next attempt is due. */
  public boolean isDueAt(Instant now) {
    return isDispatchableAt(now) && !nextAttemptAt.isAfter(now);
  }

  /**
   * Whether it expired while waiting: pending, unclaimed, no receipt awaited, and past its
   * expiration date (a message a peer already accepted is decided by its receipt instead).
   */
  public boolean isExpiredAt(Instant now) {
    return state == QueueState.PENDING
        && claimedBy == null
        && awaitingReceiptSince == null
        && !expiresAt.isAfter(now);
  }

  /** Whether its peer accepted it at least {@code timeout} ago and no receipt has come. */
  public boolean isReceiptOverdueAt(Instant now, Duration timeout) {
    return state == QueueState.PENDING
        && awaitingReceiptSince != null
        && !awaitingReceiptSince.isAfter(now.minus(timeout));
  }

  /**
   * Whether its claim is older than any send takes ({@code timeout}): the node holding it stopped
   * between the send and recording the outcome.
   */
  public boolean isStaleClaimAt(Instant now, Duration timeout) {
    return state == QueueState.PENDING
        && claimedBy != null
        && !claimedAt.isAfter(now.minus(timeout));
  }

  /**
   * Whether it should have been dispatched at least {@code grace} ago and still waits: its signal
   * was lost, so the sweep signals it again.
   */
  public boolean isStrandedAt(Instant now, Duration grace) {
    return isDispatchableAt(now) && !nextAttemptAt.isAfter(now.minus(grace));
  }

  /** Whether its next attempt is a slot its integration's rate limit already gave it. */
  public boolean hasRateSlot() {
    return rateSlotReserved;
  }

  /** Takes the entry for sending on {@code node}; only a due entry can be claimed. */
  void claim(String node, Instant now) {
    if (!isDueAt(now)) {
      throw new IllegalTransitionException(
          "Cannot claim queue entry of " + communicationNumber + ": it is not due");
    }
    claimedBy = node;
    claimedAt = now;
    claims++;
  }

  /**
   * Schedules the entry for the slot its integration's rate limit reserved: it is sent then, once,
   * without asking the limit again.
   */
  void reserveRateSlot(Instant slot, Instant now) {
    if (!isDueAt(now) || rateSlotReserved) {
      throw new IllegalTransitionException(
          "Cannot reserve a rate slot for queue entry of " + communicationNumber);
    }
    nextAttemptAt = slot;
    rateSlotReserved = true;
  }

  /**
   * Whether {@code node} holds the entry by its claim number {@code claim} (the count of claims).
   */
  public boolean isHeldBy(String node, int claim) {
    return state == QueueState.PENDING && node.equals(claimedBy) && claims == claim;
  }

  /**
   * Gives a claim back without an attempt: the entry was never handed to its peer (its node stopped
   * first), so it is due again at once.
   */
  void release(Instant now) {
    requireClaimed("release");
    claimedBy = null;
    claimedAt = null;
    nextAttemptAt = now;
  }

  /**
   * Rejects a claimed entry whose handover to its peer was under way when its node stopped: it may
   * or may not have reached the peer, and is not sent again so that it cannot arrive twice.
   */
  void abandon(Instant now) {
    requireClaimed("abandon");
    claimedBy = null;
    claimedAt = null;
    reject(OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_REASON, now);
  }

  /**
   * No channel serves the entry now (its server was disabled after it was queued): it waits until
   * {@code until}, when it is looked at again, instead of being met first by every claim.
   */
  void awaitChannel(Instant until, Instant now) {
    if (!isDueAt(now)) {
      throw new IllegalTransitionException(
          "Cannot hold queue entry of " + communicationNumber + " for a channel: it is not due");
    }
    nextAttemptAt = until;
  }

  private void requireClaimed(String action) {
    if (state != QueueState.PENDING || claimedBy == null) {
      throw new IllegalTransitionException(
          "Cannot " + action + " queue entry of " + communicationNumber + ": it is not claimed");
    }
  }

  /** Rejects an entry that expired while waiting (the expiry sweep does the same in bulk). */
  void expire(Instant now) {
    if (!isExpiredAt(now)) {
      throw new IllegalTransitionException(
          "Cannot expire queue entry of " + communicationNumber + ": it is not expired");
    }
    reject(EXPIRED, EXPIRED_REASON, now);
  }

  /**
   * Records an attempt and moves the entry on as its outcome says: delivered completes it; accepted
   * waits for the peer's receipt; a permanent failure rejects it; a transient one is tried again
   * after the backoff's delay, or rejected once the last attempt allowed has failed.
   *
   * @return when the next attempt is due, if one was scheduled
   */
  Optional<Instant> settle(SendOutcome outcome, Backoff backoff, Instant now) {
    recordAttempt(outcome, now);
    switch (outcome.kind()) {
      case DELIVERED -> complete(now);
      case ACCEPTED -> awaitReceipt(outcome.reference(), outcome.parts(), now);
      case PERMANENT_FAILURE -> reject(outcome.code(), outcome.reply(), now);
      case TRANSIENT_FAILURE -> {
        Optional<Duration> delay = backoff.delayAfter(attempts);
        if (delay.isPresent()) {
          retryAt(now.plus(delay.get()), outcome.code(), outcome.reply());
          return Optional.of(nextAttemptAt);
        }
        reject(outcome.code(), outcome.reply(), now);
      }
    }
    return Optional.empty();
  }

  /** Logs an attempt and releases the claim; a rate slot is used up by it. */
  private void recordAttempt(SendOutcome outcome, Instant now) {
    requireState(QueueState.PENDING, "record an attempt");
    unsavedAttempts.add(new QueueAttempt(id, attempts, now, outcome));
    attempts++;
    claimedBy = null;
    claimedAt = null;
    rateSlotReserved = false;
  }

  /**
   * The peer took the message and will send a receipt: the entry stays pending, but no sweep
   * expires or re-sends it any more.
   */
  private void awaitReceipt(String reference, int parts, Instant now) {
    requireState(QueueState.PENDING, "await a receipt for");
    this.peerReference = reference;
    this.parts = parts;
    this.awaitingReceiptSince = now;
    // An earlier attempt's failure no longer describes the entry.
    this.errorCode = null;
    this.errorReason = null;
  }

  /** Whether a receipt from the peer can still decide this entry (duplicates are ignored). */
  public boolean isAwaitingReceipt() {
    return state == QueueState.PENDING && awaitingReceiptSince != null;
  }

  void complete(Instant now) {
    requireState(QueueState.PENDING, "complete");
    state = QueueState.COMPLETED;
    errorCode = null;
    errorReason = null;
    completedAt = now;
  }

  void reject(String code, String reason, Instant now) {
    requireState(QueueState.PENDING, "reject");
    state = QueueState.REJECTED;
    errorCode = PeerText.fit(code, QueueAttempt.MAX_CODE);
    errorReason = PeerText.fit(reason, QueueAttempt.MAX_REPLY);
    completedAt = now;
  }

  /** Stays pending; the last failure is shown until the next attempt decides. */
  private void retryAt(Instant when, String code, String reason) {
    requireState(QueueState.PENDING, "retry");
    nextAttemptAt = when;
    errorCode = PeerText.fit(code, QueueAttempt.MAX_CODE);
    errorReason = PeerText.fit(reason, QueueAttempt.MAX_REPLY);
  }

  /**
   * An external system's report on an entry it processes. Repeating the current state changes
   * nothing (so a system may safely retry); COMPLETED and REJECTED only follow PENDING,
   * COMPLETED_AND_REMOVED follows PENDING or COMPLETED.
   */
  public void report(QueueState target, String code, String reason, Instant now) {
    if (target == state) {
      return;
    }
    boolean allowed =
        switch (target) {
          case COMPLETED, REJECTED -> state == QueueState.PENDING;
          case COMPLETED_AND_REMOVED ->
              state == QueueState.PENDING || state == QueueState.COMPLETED;
          case PENDING -> false;
        };
    if (!allowed) {
      throw new IllegalTransitionException(
          communicationNumber
              + " is "
              + state
              + "; "
              + target
              + (target == QueueState.COMPLETED_AND_REMOVED
                  ? " follows only PENDING or COMPLETED"
                  : " follows only PENDING"));
    }
    if (target == QueueState.REJECTED) {
      reject(code, reason, now);
    } else {
      state = target;
      completedAt = completedAt == null ? now : completedAt;
    }
  }

  private void requireState(QueueState required, String action) {
    if (state != required) {
      throw new IllegalTransitionException(
          "Cannot " + action + " queue entry of " + communicationNumber + ": it is " + state);
    }
  }

  public String getPeerReference() {
    return peerReference;
  }

  String getClaimedBy() {
    return claimedBy;
  }

  boolean isPulled() {
    return pulled;
  }

  String getListUnsubscribe() {
    return listUnsubscribe;
  }

  /** Takes the id {@link QueueRepository#addAll} stored it under, past the persistence provider. */
  void storedAs(long id) {
    this.id = id;
  }

  Instant getClaimedAt() {
    return claimedAt;
  }

  public int getParts() {
    return parts;
  }

  public Instant getAwaitingReceiptSince() {
    return awaitingReceiptSince;
  }

  public Long getCommunicationId() {
    return communicationId;
  }

  public Long getId() {
    return id;
  }

  public String getContactNumber() {
    return contactNumber;
  }

  public Long getExternalSystemId() {
    return externalSystemId;
  }

  public String getRecipient() {
    return recipient;
  }

  public Medium getMedium() {
    return medium;
  }

  public String getSubject() {
    return subject;
  }

  public String getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCommunicationNumber() {
    return communicationNumber;
  }

  public QueueState getState() {
    return state;
  }

  public String getErrorCode() {
    return errorCode;
  }

  public String getErrorReason() {
    return errorReason;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public int getClaims() {
    return claims;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  /** The attempts recorded since the entry was read, oldest first. */
  public List<QueueAttempt> attemptsRecorded() {
    return List.copyOf(unsavedAttempts);
  }

  /** The attempts recorded since the entry was read, handed over once to be stored. */
  List<QueueAttempt> takeUnsavedAttempts() {
    List<QueueAttempt> unsaved = unsavedAttempts;
    unsavedAttempts = new ArrayList<>();
    return unsaved;
  }
}
