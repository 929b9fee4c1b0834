package org.herald.tag;

/**
 * A tag a template text may not use, where it stands and why; {@code code} is UNKNOWN_TAG,
 * DISABLED_DYNAMIC_LINK or NOT_A_REFERRING_ENTITY, and {@code message} names the tag and its line
 * and column.
 */
public record TagProblem(
    String tag, int offset, int line, int column, String code, String message) {

  static TagProblem of(Tag tag, String code, String reason) {
    return new TagProblem(
        tag.path(),
        tag.offset(),
        tag.line(),
        tag.column(),
        code,
        "#" + tag.path() + " (line " + tag.line() + ", column " + tag.column() + ") " + reason);
  }
}
