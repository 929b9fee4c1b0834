package org.herald.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

/** Makes segments over REST for tests that need one to name. */
public final class TestSegments {

  private TestSegments() {}

  /** An empty static segment listing {@code entityType} records, by a code no other test uses. */
  public static String aStaticSegmentOf(HeraldClient api, String entityType) {
    String code = "SG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ApiResponse created =
        api.post(
            "/segments",
            Map.of(
                "code",
                code,
                "name",
                "Of " + entityType,
                "kind",
                "STATIC",
                "entityType",
                entityType));
    assertEquals(201, created.status(), created::toString);
    return code;
  }
}
