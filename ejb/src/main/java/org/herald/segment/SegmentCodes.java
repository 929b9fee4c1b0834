package org.herald.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.herald.error.Violations;

/**
 * The segments an automation or a notification type names, by code: each a code, named once and
 * known, every problem named as {@code field[i]}.
 */
public final class SegmentCodes {

  private SegmentCodes() {}

  public static void check(
      String field, List<String> codes, Predicate<String> exists, Violations violations) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String at = field + "[" + i + "]";
      String code = codes.get(i);
      if (!violations.code(at, code)) {
        continue;
      }
      if (!seen.add(code)) {
        violations.add(at, "DUPLICATE", code + " is named twice");
      } else if (!exists.test(code)) {
        violations.add(at, "UNKNOWN_SEGMENT", "no segment " + code);
      }
    }
  }
}
