package org.herald.contact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.api.Classification;
import org.herald.idempotency.IdempotentRequest;

/** A person Herald communicates with: the seed's contact information entity. */
@Entity
@Table(name = "contact")
@NamedQuery(name = "Contact.byNumber", query = "SELECT c FROM Contact c WHERE c.number = :number")
@NamedQuery(
    name = "Contact.byNumbers",
    query = "SELECT c FROM Contact c WHERE c.number IN :numbers")
@NamedQuery(
    name = "Contact.byIdempotencyKey",
    query = "SELECT c FROM Contact c WHERE c.idempotencyKey = :key")
public class Contact implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
  @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
  private Long id;

  @Column(name = "number", nullable = false, updatable = false, unique = true)
  private String number;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  // Eager: a contact has a handful of addresses, and they are read wherever the contact is.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contact_email", joinColumns = @JoinColumn(name = "contact_id"))
  @OrderColumn(name = "position")
  private List<ContactEmail> emails = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
  @OrderColumn(name = "position")
  private List<ContactPhone> phones = new ArrayList<>();

  @Column(name = "opt_in_direct_marketing", nullable = false)
  private boolean optInDirectMarketing;

  @Column(name = "opt_in_affiliate_marketing", nullable = false)
  private boolean optInAffiliateMarketing;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  /** The fingerprint of the request that made it under its idempotency key. */
  @Column(name = "idempotency_fingerprint", updatable = false)
  private String idempotencyFingerprint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Contact() {}

  /** A new contact; the opt-ins its details leave out come from the authorization defaults. */
  public Contact(
      String number,
      ContactDetails details,
      ConsentDefaults defaults,
      IdempotentRequest request,
      Instant now) {
    this.number = number;
    this.idempotencyKey = request.key();
    this.idempotencyFingerprint = request.fingerprint();
    this.createdAt = now;
    this.optInDirectMarketing = defaults.optedIn(Classification.DIRECT_MARKETING);
    this.optInAffiliateMarketing = defaults.optedIn(Classification.AFFILIATE_MARKETING);
    update(details, now);
  }

  public void update(ContactDetails details, Instant now) {
    this.name = details.name();
    this.preferredLanguage = details.preferredLanguage();
    this.emails = new ArrayList<>(details.emails());
    this.phones = new ArrayList<>(details.phones());
    if (details.optInDirectMarketing() != null) {
      this.optInDirectMarketing = details.optInDirectMarketing();
    }
    if (details.optInAffiliateMarketing() != null) {
      this.optInAffiliateMarketing = details.optInAffiliateMarketing();
    }
    this.updatedAt = now;
  }

  /** Its addresses and numbers as {@link ContactRows} read them, in their stored order. */
  void readAddresses(List<ContactEmail> emails, List<ContactPhone> phones) {
    this.emails = emails;
    this.phones = phones;
  }

  /**
   * What an erased contact's name becomes: the record stays, for the counts, without the person.
   */
  public static final String ERASED = "Erased contact";

  /**
   * The data-protection right to erasure: name, addresses, numbers and preferences go; the number
   * and creation time stay, so the communications and their counts keep their contact.
   */
  public void erase(Instant now) {
    this.name = ERASED;
    this.preferredLanguage = null;
    this.emails = new ArrayList<>();
    this.phones = new ArrayList<>();
    this.optInDirectMarketing = false;
    this.optInAffiliateMarketing = false;
    this.updatedAt = now;
  }

  /** The contact's own choice, from a link in a message: in or out of a marketing list. */
  public void consent(Classification list, boolean optIn, Instant now) {
    switch (list) {
      case DIRECT_MARKETING -> optInDirectMarketing = optIn;
      case AFFILIATE_MARKETING -> optInAffiliateMarketing = optIn;
      default -> throw new IllegalArgumentException(list + " is not a marketing list");
    }
    this.updatedAt = now;
  }

  /**
   * Whether the contact may receive a communication of this classification, as the seed's
   * notification preferences say: marketing needs the contact's opt-in to that list; financial,
   * customer care and reward communications cannot be opted out of.
   */
  public boolean accepts(Classification classification) {
    if (classification == null) {
      return true;
    }
    return switch (classification) {
      case DIRECT_MARKETING -> optInDirectMarketing;
      case AFFILIATE_MARKETING -> optInAffiliateMarketing;
      case CUSTOMER_CARE, FINANCIAL, REWARD -> true;
    };
  }

  public Optional<ContactEmail> primaryEmail() {
    return emails.stream().filter(ContactEmail::isPrimary).findFirst();
  }

  /** The number an SMS goes to: the primary phone if it is a mobile, else the first mobile. */
  public Optional<ContactPhone> primaryMobile() {
    return phones.stream()
        .filter(ContactPhone::isMobile)
        .filter(ContactPhone::isPrimary)
        .findFirst()
        .or(() -> phones.stream().filter(ContactPhone::isMobile).findFirst());
  }

  public String getIdempotencyFingerprint() {
    return idempotencyFingerprint;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public List<ContactEmail> getEmails() {
    return List.copyOf(emails);
  }

  public List<ContactPhone> getPhones() {
    return List.copyOf(phones);
  }

  public boolean isOptInDirectMarketing() {
    return optInDirectMarketing;
  }

  public boolean isOptInAffiliateMarketing() {
    return optInAffiliateMarketing;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
