package org.herald.web.api.input;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A JSON Merge Patch (RFC 7396) under the rules every body keeps: the patch is one strict JSON
 * object ({@link StrictJson}), and the resource it makes, the current one with the patch merged in,
 * must fit the DTO as a whole body would ({@link JsonShape}), so a patch cannot slip in what a
 * replacement could not. The body comes as text, as the strict reader leaves text alone.
 */
public final class MergePatch {

  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private static final Jsonb JSONB = JsonbBuilder.create();

  private final JsonObject patch;

  private MergePatch(JsonObject patch) {
    this.patch = patch;
  }

  public static MergePatch parse(String body) {
    if (body == null || body.isBlank()) {
      throw MalformedBodyException.document("A merge patch, a JSON object, is required");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > StrictJsonBodies.MAX_BODY_BYTES) {
      throw MalformedBodyException.document(
          "The body is larger than " + StrictJsonBodies.MAX_BODY_BYTES + " bytes");
    }
    if (!(StrictJson.parse(bytes) instanceof JsonObject object)) {
      throw MalformedBodyException.document("A merge patch is a JSON object");
    }
    return new MergePatch(object);
  }

  /** {@code current} with the patch merged in: members replaced, a null removing one. */
  public <T> T applyTo(T current, Class<T> type) {
    JsonObject target = PROVIDER.createReader(new StringReader(JSONB.toJson(current))).readObject();
    JsonValue merged = PROVIDER.createMergePatch(patch).apply(target);
    JsonShape.check(merged, type);
    return JSONB.fromJson(merged.toString(), type);
  }
}
