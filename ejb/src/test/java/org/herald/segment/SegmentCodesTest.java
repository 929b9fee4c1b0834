package org.herald.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.herald.api.problem.FieldError;
import org.herald.error.Violations;
import org.junit.jupiter.api.Test;

class SegmentCodesTest {

  private static final Map<String, String> TYPES =
      Map.of("VIP", "contact_information", "LATE", "accounts_receivable", "BIG", "payment");

  private static Map<String, String> problems(SegmentCodes.Fitting fitting, String... codes) {
    Violations violations = new Violations();
    SegmentCodes.check(
        "segments",
        Arrays.asList(codes),
        code -> Optional.ofNullable(TYPES.get(code)),
        fitting,
        violations);
    return violations.errors().stream()
        .collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a + "," + b));
  }

  @Test
  void automationsAndPlansNameSegmentsOfContactsOnly() {
    SegmentCodes.Fitting contacts = SegmentCodes.Fitting.contacts("an automation's");

    assertTrue(problems(contacts, "VIP").isEmpty());
    assertEquals(
        Map.of("segments[1]", "NOT_CONTACTS", "segments[2]", "NOT_CONTACTS"),
        problems(contacts, "VIP", "LATE", "BIG"));
  }

  @Test
  void aTopicTakesTheTypesOnItsItemsWayToTheContact() {
    SegmentCodes.Fitting bills =
        new SegmentCodes.Fitting(
            List.of("bill", "accounts_receivable", "contact_information"),
            "NOT_FOR_TOPIC",
            "a BILL_SENDING type's");

    assertTrue(problems(bills, "VIP", "LATE").isEmpty());
    assertEquals(Map.of("segments[2]", "NOT_FOR_TOPIC"), problems(bills, "VIP", "LATE", "BIG"));
  }

  @Test
  void unknownTwiceAndMalformedCodesAreNamedWhateverTheFitting() {
    assertEquals(
        Map.of(
            "segments[0]", "UNKNOWN_SEGMENT",
            "segments[2]", "DUPLICATE",
            "segments[3]", "INVALID_CODE"),
        problems(null, "NOPE", "BIG", "BIG", "bad code!"));
    assertEquals(Map.of("segments[0]", "INVALID_CODE"), problems(null, (String) null));
  }
}
