package org.herald.segment;

/** How a segment's members are known: by its conditions, or as a list kept by hand. */
public enum SegmentKind {
  CONDITIONS,
  STATIC
}
