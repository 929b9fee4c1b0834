package org.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.herald.it.support.SettingsRestored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API's malformed-input sweep: reads the served OpenAPI document, walks every operation and
 * sends thousands of malformed requests built from it (control characters, over-long strings, null
 * items, wrong JSON types, unknown enum values and properties, deep nesting, trailing data, bad
 * path and query encodings), varied by a seed. It fails on any 5xx, any error that is not a
 * problem, and any malformed request accepted. The seed is printed; replay a run with {@code
 * -Dherald.it.sweep.seed=<seed>}.
 */
class MalformedInputIT {

  @RegisterExtension static final SettingsRestored SETTINGS = new SettingsRestored();

  private static final long SEED =
      Long.getLong("herald.it.sweep.seed", new Random().nextLong() & Long.MAX_VALUE);

  /** Random variants of each mutation kind per site, on top of the fixed ones. */
  private static final int VARIANTS = Integer.getInteger("herald.it.sweep.variants", 2);

  private static final String BASE = HeraldClient.ROOT + "/herald";
  private static final int DEEP = 1000;
  private static final String MEGABYTE = "m".repeat(1 << 20);

  private final HeraldClient api = HeraldClient.backOffice();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Random random = new Random(SEED);
  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private JsonObject document;
  private String externalKey;
  private int sent;

  /** One request, and whether it must be refused (a 2xx would accept a malformed value). */
  private record Probe(
      String method, String path, String body, String key, boolean mustRefuse, String what) {}

  @Test
  void noMalformedInputGivesA5xxANonProblemErrorOrIsAccepted() {
    System.out.println(
        "MalformedInputIT seed " + SEED + " (replay: -Dherald.it.sweep.seed=" + SEED + ")");
    ApiResponse openapi = api.page("/openapi?format=JSON");
    assertEquals(200, openapi.status(), openapi.toString());
    document = Json.createReader(new StringReader(openapi.body())).readObject();
    externalKey = anExternalSystemKey();

    JsonObject paths = document.getJsonObject("paths");
    int operations = 0;
    for (String path : paths.keySet()) {
      for (Map.Entry<String, JsonValue> entry : paths.getJsonObject(path).entrySet()) {
        if (entry.getValue() instanceof JsonObject operation && isMethod(entry.getKey())) {
          operations++;
          sweep(entry.getKey().toUpperCase(), path, operation);
        }
      }
    }

    System.out.println(
        "MalformedInputIT sent "
            + sent
            + " malformed requests over "
            + operations
            + " operations; statuses "
            + statuses
            + "; failures "
            + failures.size());
    assertTrue(operations > 20, "the document lists the API's operations: " + operations);
    assertTrue(sent > 2000, "thousands of requests: " + sent);
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " failures (seed "
            + SEED
            + "):\n"
            + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
  }

  private void sweep(String method, String path, JsonObject operation) {
    String key = path.startsWith("/api/v1/queue/") ? externalKey : HeraldClient.API_KEY;
    List<String> pathParams = new ArrayList<>();
    Map<String, JsonObject> queryParams = new TreeMap<>();
    for (JsonValue p :
        operation.getJsonArray("parameters") == null
            ? JsonValue.EMPTY_JSON_ARRAY
            : operation.getJsonArray("parameters")) {
      JsonObject parameter = p.asJsonObject();
      switch (parameter.getString("in")) {
        case "path" -> pathParams.add(parameter.getString("name"));
        case "query" ->
            queryParams.put(
                parameter.getString("name"),
                parameter.containsKey("schema")
                    ? parameter.getJsonObject("schema")
                    : JsonValue.EMPTY_JSON_OBJECT);
        default -> {
          // headers are checked by the resources that read them
        }
      }
    }
    JsonObject bodySchema = bodySchema(operation);
    String base = path.replaceAll("\\{[^}]+}", "SWEEP");
    String body = bodySchema == null ? null : sample(bodySchema, 0).toString();

    for (String name : pathParams) {
      for (String bad : List.of(control(), "%7F", "%C2%85")) {
        probe(new Probe(method, with(path, name, "X" + bad), body, key, true, name));
      }
      for (String escape :
          List.of("..%2F..%2Fopenapi", "..%2F..%2F..%2FWEB-INF%2Fweb.xml", "%2e%2e", "a%2Fb")) {
        probe(new Probe(method, with(path, name, escape), body, key, false, name));
      }
    }
    for (Map.Entry<String, JsonObject> query : queryParams.entrySet()) {
      String name = query.getKey();
      for (String bad :
          List.of("%00", control(), "%ff", "%C0%AF", "%ED%A0%80", "a%E2%82", "%F8%88%80%80%80")) {
        probe(new Probe(method, base + "?" + name + "=" + bad, body, key, true, name));
      }
      for (String bad : valueMutations(name, query.getValue())) {
        probe(new Probe(method, base + "?" + bad, body, key, true, name));
      }
    }
    if (bodySchema != null) {
      for (String malformed : documentMutations(body)) {
        probe(new Probe(method, base, malformed, key, true, "document"));
      }
      JsonValue sample = Json.createReader(new StringReader(body)).readValue();
      mutate(sample, bodySchema, "", v -> v, method, base, key);
    }
  }

  /**
   * Values outside a query parameter's schema, as an outside sweep tries them: the wrong type, a
   * negative, huge or overflowing number (a page whose first item no query can reach), a value not
   * among its enum, a sort that is not {@code field[,asc|desc]}.
   */
  private List<String> valueMutations(String name, JsonObject schema) {
    List<String> bad = new ArrayList<>();
    String type = schema.getString("type", "string");
    if (type.equals("integer") || type.equals("number")) {
      bad.add(name + "=abc");
      bad.add(name + "=1e400");
      bad.add(name + "=1.5");
      bad.add(name + "=" + (random.nextInt(1000) + 1) + "0000000000");
      if (schema.containsKey("minimum")) {
        bad.add(name + "=" + (schema.getJsonNumber("minimum").longValue() - 1));
      }
      if (schema.containsKey("maximum")) {
        bad.add(name + "=" + (schema.getJsonNumber("maximum").longValue() + 1));
      }
      if (name.equals("page")) {
        bad.add("page=" + (Integer.MAX_VALUE / 200 + 1 + random.nextInt(1000)) + "&size=200");
      }
    } else if (type.equals("boolean")) {
      bad.add(name + "=" + List.of("maybe", "2", "yes", "TRUE1").get(random.nextInt(4)));
    } else if (schema.containsKey("enum")) {
      bad.add(name + "=NOT_A_VALUE_" + random.nextInt(1000));
    } else if (name.equals("sort")) {
      bad.add("sort=%3Bdrop");
      bad.add("sort=number,asc,extra");
      bad.add("sort=number,sideways");
    }
    return bad;
  }

  /** The path with {@code name} set to {@code value} and every other parameter to SWEEP. */
  private static String with(String path, String name, String value) {
    return path.replace("{" + name + "}", value).replaceAll("\\{[^}]+}", "SWEEP");
  }

  /** Walks the sample; at each value sends every mutation of it inside the whole document. */
  private void mutate(
      JsonValue value,
      JsonObject schema,
      String at,
      UnaryOperator<JsonValue> place,
      String method,
      String path,
      String key) {
    JsonObject s = resolve(schema);
    for (JsonValue bad : valueMutations(value, s)) {
      probe(new Probe(method, path, place.apply(bad).toString(), key, true, at));
    }
    if (value instanceof JsonObject object) {
      JsonObject properties = s.getJsonObject("properties");
      for (String name : object.keySet()) {
        JsonObject child =
            properties != null && properties.containsKey(name)
                ? properties.getJsonObject(name)
                : additional(s);
        mutate(
            object.get(name),
            child,
            at.isEmpty() ? name : at + "." + name,
            v -> place.apply(Json.createObjectBuilder(object).add(name, v).build()),
            method,
            path,
            key);
      }
    } else if (value instanceof JsonArray array && !array.isEmpty()) {
      JsonObject items = s.containsKey("items") ? s.getJsonObject("items") : additional(s);
      mutate(
          array.get(0),
          items,
          at + "[0]",
          v -> place.apply(Json.createArrayBuilder(array).set(0, v).build()),
          method,
          path,
          key);
    }
  }

  /** Malformed versions of one value, by its JSON type and its schema. */
  private List<JsonValue> valueMutations(JsonValue value, JsonObject schema) {
    List<JsonValue> bad = new ArrayList<>();
    switch (value.getValueType()) {
      case STRING -> {
        String text = ((jakarta.json.JsonString) value).getString();
        bad.add(Json.createValue(text + "\u0000"));
        for (int i = 0; i < VARIANTS; i++) {
          bad.add(Json.createValue(insert(text, (char) (1 + random.nextInt(8)))));
          bad.add(Json.createValue(insert(text, (char) (0x7F + random.nextInt(0x21)))));
          bad.add(Json.createValue(insert(text, (char) (0xD800 + random.nextInt(0x800)))));
        }
        if (!"true".equals(schema.getString("x-multiline", null))) {
          bad.add(Json.createValue(insert(text, "\t\n\r".charAt(random.nextInt(3)))));
        }
        int max = schema.getInt("maxLength", 0);
        if (max > 0 && max < 200_000) {
          bad.add(Json.createValue("a".repeat(max + 1 + random.nextInt(10))));
        }
        bad.add(Json.createValue(MEGABYTE));
        if (schema.containsKey("enum")) {
          bad.add(Json.createValue("NOT_A_VALUE_" + random.nextInt(1000)));
        }
        bad.add(wrongType(List.of(number(), JsonValue.TRUE, emptyObject(), emptyArray())));
      }
      case TRUE, FALSE -> {
        bad.add(Json.createValue("yes"));
        bad.add(Json.createValue(2));
        bad.add(wrongType(List.of(Json.createValue("true"), Json.createValue(0), emptyArray())));
      }
      case NUMBER -> {
        bad.add(Json.createValue("1"));
        bad.add(Json.createValue(1e40));
        bad.add(wrongType(List.of(JsonValue.TRUE, emptyObject(), Json.createValue(1.5))));
      }
      case ARRAY -> {
        bad.add(Json.createArrayBuilder().addNull().build());
        bad.add(deep());
        // Not {}: the served document types arrays of objects as arrays of arrays (issue 14),
        // where {} would be a well-formed item.
        bad.add(wrongType(List.of(Json.createValue("x"), number(), JsonValue.TRUE)));
      }
      case OBJECT -> {
        bad.add(
            Json.createObjectBuilder((JsonObject) value)
                .add("k" + (char) (1 + random.nextInt(30)), "v")
                .build());
        bad.add(Json.createObjectBuilder((JsonObject) value).add("k".repeat(101), "v").build());
        if (schema.containsKey("properties")) {
          bad.add(
              Json.createObjectBuilder((JsonObject) value)
                  .add("unknownProperty" + random.nextInt(100), 1)
                  .build());
        }
        bad.add(deep());
        bad.add(wrongType(List.of(Json.createValue("x"), number(), emptyArray())));
      }
      default -> {
        // null stays null: whether it may be absent is each field's own rule
      }
    }
    return bad;
  }

  /**
   * Malformed whole documents: not JSON, trailing data, two documents, deep, repeated keys, a
   * number longer than the JSON parser reads.
   */
  private List<String> documentMutations(String body) {
    List<String> bad = new ArrayList<>();
    bad.add(body + " x");
    bad.add(body + body);
    bad.add(body.substring(0, Math.max(1, body.length() / 2)));
    bad.add("{\"a\": tru}");
    bad.add("[".repeat(DEEP) + "]".repeat(DEEP));
    bad.add("\u0000" + body);
    if (body.startsWith("{") && body.length() > 2) {
      String first = body.substring(1, body.indexOf(':') + 1);
      bad.add("{" + first + "null," + body.substring(1));
      bad.add("{\"n\": 1" + "0".repeat(5000) + "," + body.substring(1));
    }
    return bad;
  }

  private void probe(Probe probe) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + probe.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + probe.key());
    HttpRequest.BodyPublisher body =
        probe.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(escapeSurrogates(probe.body()));
    if (probe.body() != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(
              request.method(probe.method(), body).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      failures.add(describe(probe, 0, "no answer: " + e));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    sent++;
    int status = response.statusCode();
    statuses.merge(status, 1, Integer::sum);
    String type = response.headers().firstValue("Content-Type").orElse("");
    boolean browserPage =
        probe.path().startsWith("/api/v1/public/") && type.startsWith("text/html");
    if (status >= 500) {
      failures.add(describe(probe, status, response.body()));
    } else if (status >= 400 && !type.startsWith("application/problem+json") && !browserPage) {
      failures.add(describe(probe, status, "not a problem: " + type + " " + response.body()));
    } else if (probe.mustRefuse() && status < 400 && !refusedItemByItem(response.body())) {
      failures.add(describe(probe, status, "accepted"));
    } else if (response.body().length() > 10_000 && status >= 400) {
      failures.add(describe(probe, status, "a problem of " + response.body().length() + " chars"));
    }
  }

  /**
   * A batch answers 200 with each item's outcome: a malformed item is refused there (its own 422),
   * as documented, while the others stand.
   */
  private static boolean refusedItemByItem(String body) {
    try {
      JsonValue answer = Json.createReader(new StringReader(body)).readValue();
      if (answer instanceof JsonObject object && object.get("items") instanceof JsonArray items) {
        return !items.isEmpty()
            && items.stream()
                .allMatch(i -> i instanceof JsonObject item && item.getInt("status", 0) >= 400);
      }
    } catch (RuntimeException e) {
      // not JSON: not a batch's answer
    }
    return false;
  }

  private static String describe(Probe probe, int status, String answer) {
    String body = probe.body() == null ? "" : probe.body();
    return visible(
        probe.method()
            + " "
            + probe.path()
            + " ["
            + probe.what()
            + "] "
            + (body.length() > 200 ? body.substring(0, 200) + "…" : body)
            + " -> "
            + status
            + " "
            + (answer.length() > 300 ? answer.substring(0, 300) + "…" : answer));
  }

  /**
   * Lone surrogates written as JSON escapes: sent raw, the UTF-8 encoder would turn them into '?'
   * and the server would receive valid text.
   */
  private static String escapeSurrogates(String json) {
    StringBuilder escaped = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < json.length()
              && Character.isLowSurrogate(json.charAt(i + 1));
      if (paired) {
        escaped.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        escaped.append(String.format("\\u%04X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Control characters shown as escapes, so a report prints whole. */
  private static String visible(String text) {
    StringBuilder shown = new StringBuilder();
    text.chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.isSurrogate((char) c)) {
                shown.append(String.format("\\u%04X", c));
              } else {
                shown.append((char) c);
              }
            });
    return shown.toString();
  }

  /** A plausible value for a schema: examples, the first enum value, or the type's simplest. */
  private JsonValue sample(JsonObject schema, int depth) {
    JsonObject s = resolve(schema);
    if (depth > 6) {
      return JsonValue.NULL;
    }
    if (s.containsKey("properties")) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      JsonObject properties = s.getJsonObject("properties");
      for (String name : properties.keySet()) {
        JsonObject property = resolve(properties.getJsonObject(name));
        if (!property.getBoolean("readOnly", false)) {
          object.add(name, sample(property, depth + 1));
        }
      }
      return object.build();
    }
    String type = s.getString("type", "object");
    return switch (type) {
      case "array" -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        array.add(
            sample(s.containsKey("items") ? s.getJsonObject("items") : additional(s), depth + 1));
        yield array.build();
      }
      case "string" -> {
        if (s.containsKey("enum") && !s.getJsonArray("enum").isEmpty()) {
          yield s.getJsonArray("enum").get(0);
        }
        yield Json.createValue(
            "date-time".equals(s.getString("format", "")) ? "2030-01-01T00:00:00Z" : "SWEEP");
      }
      case "integer", "number" -> Json.createValue(1);
      case "boolean" -> JsonValue.FALSE;
      default -> Json.createObjectBuilder().add("key", sample(additional(s), depth + 1)).build();
    };
  }

  private JsonObject resolve(JsonObject schema) {
    JsonObject s = schema;
    while (s.containsKey("$ref")) {
      String ref = s.getString("$ref");
      s =
          document
              .getJsonObject("components")
              .getJsonObject("schemas")
              .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return s;
  }

  private static JsonObject additional(JsonObject schema) {
    return schema.get("additionalProperties") instanceof JsonObject a
        ? a
        : Json.createObjectBuilder().add("type", "string").build();
  }

  private static JsonObject bodySchema(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || !body.containsKey("content")) {
      return null;
    }
    JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
    return json == null ? null : json.getJsonObject("schema");
  }

  private String anExternalSystemKey() {
    // Unique per run, not per seed: a replayed seed finds the earlier run's system.
    String code = "SWEEP_" + System.currentTimeMillis();
    ApiResponse created =
        api.post(
            "/external-systems",
            Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Malformed-input sweep")
                .add("supportedMedia", Json.createArrayBuilder().add("PUSH"))
                .build()
                .toString());
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("apiKey");
  }

  private String insert(String text, char c) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + c + text.substring(at);
  }

  private String control() {
    return String.format("%%%02X", 1 + random.nextInt(31));
  }

  private JsonValue wrongType(List<JsonValue> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private JsonValue number() {
    return Json.createValue(random.nextInt(1000));
  }

  private static JsonValue emptyObject() {
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private static JsonValue emptyArray() {
    return JsonValue.EMPTY_JSON_ARRAY;
  }

  /** Arrays nested {@value #DEEP} deep, built rather than parsed (parsers bound their depth). */
  private static JsonValue deep() {
    JsonValue nested = JsonValue.EMPTY_JSON_ARRAY;
    for (int i = 1; i < DEEP; i++) {
      nested = Json.createArrayBuilder().add(nested).build();
    }
    return nested;
  }

  private static boolean isMethod(String name) {
    return List.of("get", "put", "post", "delete", "patch").contains(name);
  }
}
