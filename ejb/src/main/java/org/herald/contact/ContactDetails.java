package org.herald.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.herald.error.Violations;

/**
 * What a client may set on a contact, already parsed. Construction enforces "one primary per kind":
 * more than one is refused; with none, the first address (or number) becomes primary. A marketing
 * opt-in left null is the authorization default for a new contact, and kept on a change.
 */
public record ContactDetails(
    String name,
    String preferredLanguage,
    List<ContactEmail> emails,
    List<ContactPhone> phones,
    Boolean optInDirectMarketing,
    Boolean optInAffiliateMarketing) {

  public ContactDetails {
    Violations violations = new Violations();
    emails =
        withOnePrimary(
            "emails", emails, ContactEmail::isPrimary, ContactEmail::asPrimary, violations);
    phones =
        withOnePrimary(
            "phones", phones, ContactPhone::isPrimary, ContactPhone::asPrimary, violations);
    violations.throwIfAny();
  }

  private static <T> List<T> withOnePrimary(
      String field,
      List<T> items,
      Predicate<T> isPrimary,
      UnaryOperator<T> asPrimary,
      Violations violations) {
    List<T> result = new ArrayList<>(items == null ? List.of() : items);
    boolean seen = false;
    for (int i = 0; i < result.size(); i++) {
      if (isPrimary.test(result.get(i))) {
        if (seen) {
          violations.add(
              field + "[" + i + "].primary", "DUPLICATE_PRIMARY", "only one primary is allowed");
        }
        seen = true;
      }
    }
    if (!seen && !result.isEmpty()) {
      result.set(0, asPrimary.apply(result.get(0)));
    }
    return List.copyOf(result);
  }
}
