package org.herald.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.api.Classification;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.contact.EmailType;
import org.herald.api.contact.PhoneType;
import org.herald.communication.NewCommunication;
import org.herald.contact.ContactDetails;
import org.herald.contact.ContactEmail;
import org.herald.contact.ContactPhone;
import org.herald.contact.EmailAddress;
import org.herald.contact.PhoneNumber;
import org.herald.entity.EntityKey;
import org.herald.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdempotentRequestTest {

  private final NewCommunication receipt =
      new NewCommunication(
          "CT000001",
          null,
          Direction.OUTGOING,
          Medium.EMAIL,
          "BILLING",
          "Payment receipt",
          "Thank you for your payment of #payment.amount",
          null,
          null,
          Instant.parse("2026-12-31T00:00:00Z"),
          false,
          List.of(new EntityKey("payment", "PA0001")),
          null,
          "en",
          Classification.FINANCIAL,
          Map.of("reference", "R-1"),
          false);

  private final ContactDetails maria =
      new ContactDetails(
          "Maria Georgiou",
          "el",
          List.of(new ContactEmail(EmailType.PERSONAL, EmailAddress.of("maria@example.com"), true)),
          List.of(new ContactPhone(PhoneType.MOBILE, PhoneNumber.of("+35799123456"), true)),
          true,
          false);

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertEquals(fingerprint(receipt), fingerprint(copy(receipt, Map.of())));
    assertEquals(fingerprint(maria), fingerprint(copy(maria, Map.of())));
    assertEquals(64, fingerprint(receipt).length(), "a hex SHA-256");
  }

  @Test
  void aMapsOrderDoesNotCount() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertEquals(
        fingerprint(copy(receipt, Map.of("unrestricted", ab))),
        fingerprint(copy(receipt, Map.of("unrestricted", ba))));
  }

  @Test
  void everyPartOfACommunicationRequestCounts() {
    assertEveryComponentCounts(receipt);
  }

  @Test
  void everyPartOfAContactRequestCounts() {
    assertEveryComponentCounts(maria);
    ContactDetails otherAddress =
        copy(
            maria,
            Map.of(
                "emails",
                List.of(
                    new ContactEmail(
                        EmailType.PERSONAL, EmailAddress.of("maria@example.org"), true))));
    assertNotEquals(fingerprint(maria), fingerprint(otherAddress), "a value inside a list");
  }

  @Test
  void withoutAKeyThereIsNothingToLookUp() {
    IdempotentRequest none = IdempotentRequest.of(null, receipt);
    assertNull(none.fingerprint());
    assertEquals(
        Optional.empty(),
        none.earlier(
            key -> {
              throw new AssertionError("looked up");
            },
            String::valueOf));
  }

  @Test
  void aRepeatOfTheRequestAnswersWhatTheFirstMade() {
    IdempotentRequest first = IdempotentRequest.of("key-1", receipt);
    IdempotentRequest again = IdempotentRequest.of("key-1", copy(receipt, Map.of()));

    Optional<String> earlier =
        again.earlier(key -> Optional.of("CM000001"), made -> first.fingerprint());

    assertEquals(Optional.of("CM000001"), earlier);
  }

  @Test
  void theKeyWithAnotherRequestIsRefused() {
    IdempotentRequest first = IdempotentRequest.of("key-1", receipt);
    IdempotentRequest other =
        IdempotentRequest.of("key-1", copy(receipt, Map.of("subject", "Another receipt")));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> other.earlier(key -> Optional.of("CM000001"), made -> first.fingerprint()));

    assertEquals("Idempotency-Key", refused.errors().get(0).field());
    assertEquals("IDEMPOTENCY_KEY_REUSED", refused.errors().get(0).code());
  }

  @Test
  void aResourceMadeBeforeFingerprintsWereKeptIsAnswered() {
    IdempotentRequest request = IdempotentRequest.of("key-1", receipt);
    assertEquals(
        Optional.of("CM000001"), request.earlier(key -> Optional.of("CM000001"), made -> null));
  }

  @Test
  void aKeyNotUsedBeforeFindsNothing() {
    assertEquals(
        Optional.empty(),
        IdempotentRequest.of("key-2", receipt).earlier(key -> Optional.empty(), String::valueOf));
  }

  private static String fingerprint(Object request) {
    return IdempotentRequest.of("any", request).fingerprint();
  }

  /**
   * Changes each component of the record in turn (including ones added after this test was written,
   * as long as their type is known here): each change must change the fingerprint.
   */
  private static <R extends Record> void assertEveryComponentCounts(R request) {
    Set<String> fingerprints = new HashSet<>(Set.of(fingerprint(request)));
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      Object other = otherValue(component, read(component, request));
      String changed = fingerprint(copy(request, Map.of(component.getName(), other)));
      assertTrue(fingerprints.add(changed), component.getName() + " counts");
    }
  }

  private static Object otherValue(RecordComponent component, Object value) {
    Class<?> type = component.getType();
    if (type == String.class) {
      return value + "-other";
    }
    if (type == boolean.class || type == Boolean.class) {
      return !Boolean.TRUE.equals(value);
    }
    if (type == Instant.class) {
      return value == null ? Instant.EPOCH : ((Instant) value).plusSeconds(1);
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return value == constants[0] ? constants[1] : constants[0];
    }
    if (type == Map.class) {
      return Map.of("other", "value");
    }
    if (type == List.class) {
      List<?> list = (List<?>) value;
      return list.isEmpty()
          ? List.of(new EntityKey("bill", "BI0001"))
          : list.subList(1, list.size());
    }
    throw new AssertionError("no other value for " + component + ": teach this test one");
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The record with some components replaced, by name. */
  @SuppressWarnings("unchecked")
  private static <R extends Record> R copy(R record, Map<String, Object> replaced) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      values[i] = replaced.containsKey(name) ? replaced.get(name) : read(components[i], record);
      types[i] = components[i].getType();
    }
    try {
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
