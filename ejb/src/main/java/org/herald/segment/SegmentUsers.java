package org.herald.segment;

import java.util.List;

/**
 * What names segments by code (automations; later notification types), asked before a segment is
 * deleted so none is left naming a segment that is gone. Implemented where the users live: the
 * segment package cannot depend on them, as they depend on it.
 */
public interface SegmentUsers {

  /** Those that name the segment, each as "CODE (name)"; empty if none. */
  List<String> naming(String segmentCode);

  /** What they are, plural, for a message: "automations". */
  String kind();
}
