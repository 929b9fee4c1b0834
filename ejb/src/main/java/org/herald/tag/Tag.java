package org.herald.tag;

import java.util.Objects;

/**
 * One tag as written in a template text, with where it stands: {@code offset} of its '#' from the
 * start of the text (0-based), {@code line} and {@code column} of the '#' (1-based, columns count
 * characters).
 */
public final class Tag implements Segment {

  private final String path;
  private final int offset;
  private final int line;
  private final int column;
  private final TagBinding binding;

  Tag(String path, int offset, int line, int column, TagBinding binding) {
    this.path = path;
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.binding = binding;
  }

  /** The dotted path without the '#', e.g. {@code payment.accounts_receivable.balance}. */
  public String path() {
    return path;
  }

  /** The first name of the path: an entity type, or notification, unrestricted, dynamic_link. */
  public String namespace() {
    return path.substring(0, path.indexOf('.'));
  }

  /** The path after the namespace, e.g. the link type of a dynamic_link tag. */
  public String rest() {
    return path.substring(path.indexOf('.') + 1);
  }

  public int offset() {
    return offset;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  TagBinding binding() {
    return binding;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tag tag
        && tag.path.equals(path)
        && tag.offset == offset
        && tag.line == line
        && tag.column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, offset, line, column);
  }

  @Override
  public String toString() {
    return "#" + path + " (line " + line + ", column " + column + ")";
  }
}
