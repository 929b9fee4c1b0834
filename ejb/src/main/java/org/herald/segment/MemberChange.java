package org.herald.segment;

/**
 * What adding or removing one contact did to a static segment, by its place in the request or its
 * line in an imported file.
 */
public record MemberChange(int line, String contact, Status status) {

  public enum Status {
    ADDED,
    ALREADY_MEMBER,
    REMOVED,
    NOT_MEMBER,
    UNKNOWN_CONTACT,
    /** No record of the segment's entity type has that number. */
    UNKNOWN_ENTITY,
    INVALID
  }
}
