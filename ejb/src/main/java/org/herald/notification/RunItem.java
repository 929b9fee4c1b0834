package org.herald.notification;

import org.herald.entity.EntityRecord;

/**
 * One candidate of a run, by its id (the keyset): a referring entity's record, whose contact its
 * topic's references give; or, for a communication plan, a contact ({@code record} null).
 */
public record RunItem(long id, EntityRecord record, String contactNumber) {

  RunItem(long id, EntityRecord record) {
    this(id, record, null);
  }

  /** A contact of a plan's segments. */
  static RunItem contact(long id, String number) {
    return new RunItem(id, null, number);
  }
}
