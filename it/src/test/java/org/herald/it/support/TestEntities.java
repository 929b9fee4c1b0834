package org.herald.it.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.herald.api.entity.EntityDto;

/** Builds referring entities for tests and syncs them over REST as the CRM would. */
public final class TestEntities {

  private final String type;
  private final String number;
  private final Map<String, Object> values = new LinkedHashMap<>();

  private TestEntities(String type, String number) {
    this.type = type;
    this.number = number;
  }

  /** A record of {@code type} with a number no other test uses, e.g. {@code PM1a2b3c4d}. */
  public static TestEntities an(String type, String prefix) {
    return new TestEntities(type, prefix + UUID.randomUUID().toString().substring(0, 8));
  }

  public TestEntities with(String field, Object value) {
    values.put(field, value);
    return this;
  }

  public String number() {
    return number;
  }

  public String path() {
    return "/entities/" + type + "/" + number;
  }

  public EntityDto build() {
    return new EntityDto(null, null, values, null);
  }

  /** Syncs it over REST (PUT) and answers its number. */
  public String put(HeraldClient client) {
    ApiResponse response = client.put(path(), build());
    if (response.status() != 201 && response.status() != 200) {
      throw new AssertionError("Entity not stored: " + response);
    }
    return number;
  }
}
