package org.herald.idempotency;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The SHA-256 of a request in canonical JSON: its JSON-B form with every object's keys sorted (a
 * map's order is its hash table's, not the client's), no spaces, absent and null values alike
 * (JSON-B leaves nulls out). Two requests that say the same thing have the same fingerprint.
 */
final class RequestFingerprint {

  // Thread-safe, and costly to create: one for all requests.
  private static final Jsonb JSON = JsonbBuilder.create();

  private RequestFingerprint() {}

  static String of(Object request) {
    try (JsonReader reader = PROVIDER.createReader(new StringReader(JSON.toJson(request)))) {
      String canonical = canonical(reader.readValue());
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String canonical(JsonValue value) {
    if (value instanceof JsonObject object) {
      return object.keySet().stream()
          .sorted()
          .map(key -> PROVIDER.createValue(key) + ":" + canonical(object.get(key)))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof JsonArray array) {
      return array.stream()
          .map(RequestFingerprint::canonical)
          .collect(Collectors.joining(",", "[", "]"));
    }
    return value.toString();
  }
}
