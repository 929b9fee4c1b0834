package org.herald.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.herald.entity.EntityModel;
import org.herald.error.Violations;

/**
 * The segments an automation, a notification type or a plan names, by code: each a code, named
 * once, known, and listing records of a type its user can select by (a segment of payments would
 * select nobody in a plan to contacts), every problem named as {@code field[i]}.
 */
public final class SegmentCodes {

  /**
   * The entity types a user's segments may list, and the error code and words for one that lists
   * another type.
   *
   * @param whose the user's name in the message, e.g. "an automation's"
   */
  public record Fitting(List<String> types, String code, String whose) {

    /** Only segments of contacts: what automations and communication plans select by. */
    public static Fitting contacts(String whose) {
      return new Fitting(List.of(EntityModel.CONTACT_INFORMATION), "NOT_CONTACTS", whose);
    }
  }

  private SegmentCodes() {}

  /**
   * @param entityTypeOf the entity type a segment lists, empty for an unknown code
   * @param fitting the types allowed; null when not known yet (another field is wrong)
   */
  public static void check(
      String field,
      List<String> codes,
      Function<String, Optional<String>> entityTypeOf,
      Fitting fitting,
      Violations violations) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String at = field + "[" + i + "]";
      String code = codes.get(i);
      if (!violations.code(at, code)) {
        continue;
      }
      if (!seen.add(code)) {
        violations.add(at, "DUPLICATE", code + " is named twice");
        continue;
      }
      Optional<String> type = entityTypeOf.apply(code);
      if (type.isEmpty()) {
        violations.add(at, "UNKNOWN_SEGMENT", "no segment " + code);
      } else if (fitting != null && !fitting.types().contains(type.get())) {
        violations.add(
            at,
            fitting.code(),
            "segment "
                + code
                + " lists "
                + type.get()
                + " records; "
                + fitting.whose()
                + " segments list "
                + String.join(", ", fitting.types()));
      }
    }
  }
}
