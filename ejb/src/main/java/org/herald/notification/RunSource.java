package org.herald.notification;

import java.time.Instant;
import java.util.List;
import org.herald.api.Classification;
import org.herald.externalsystem.ExternalSystem;

/**
 * What a run sends, to whom: a notification type (its items are entities of its topic) or a
 * communication plan (its items are the contacts of its segments). The run's job, reader, writer,
 * counts and unique key are the same for both.
 */
public interface RunSource {

  String getCode();

  /** The entity type of the run's items ({@code contact_information} for a plan). */
  String getItemType();

  /** Template codes, one per medium. */
  List<String> getTemplates();

  /** The one integration; null: Herald's SMTP and SMPP. */
  ExternalSystem getExternalSystem();

  /** The classification of the communications made. */
  Classification getClassification();

  /** When a communication made at {@code now} expires; null: the queue's default. */
  Instant expiryFor(Instant now);

  /** The expiry as a date (a campaign's end), or null. */
  Instant getExpiresAt();

  /** The expiry as a duration after each communication is made (ISO-8601, P3D), or null. */
  String getExpiresAfter();

  /**
   * The marketing list a contact must have opted in to for a communication to be made (else the
   * item is skipped and counted); null when consent does not apply.
   */
  Classification consentList();

  /**
   * Whether its communications are sent whatever the contact's preferences (the seed's override for
   * important communications; a plan's explicit switch), and record so.
   */
  default boolean overridesPreferences() {
    return false;
  }
}
