package org.herald.web.api.input;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads exactly one JSON document: nothing may follow it, no object may name a property twice,
 * nothing may nest deeper than {@link #MAX_DEPTH} (deep nesting would overflow the stack of the
 * binding and of the domain code walking it) and no number may be longer than {@link
 * #MAX_NUMBER_LENGTH}. Yasson alone ignores trailing data and takes the last of two equal keys.
 */
final class StrictJson {

  /** Objects and arrays inside each other: far above any DTO, far below a stack overflow. */
  static final int MAX_DEPTH = 32;

  /**
   * Characters of a number: far above any value a field takes, below what Parsson reads (1,100, its
   * {@code org.eclipse.parsson.maxBigDecimalLength}; longer ones it refuses with an exception no
   * caller expects).
   */
  static final int MAX_NUMBER_LENGTH = 1000;

  private final JsonParser parser;

  private StrictJson(String body) {
    this.parser = PROVIDER.createParser(new StringReader(body));
  }

  /** The document in {@code body}; refuses anything but one well-formed, bounded document. */
  static JsonValue parse(byte[] body) {
    StrictJson json = new StrictJson(utf8(body));
    boolean complete = false;
    try {
      JsonValue document = json.value(json.next(""), "", 0);
      complete = true;
      if (json.parser.hasNext()) {
        throw trailing();
      }
      return document;
    } catch (JsonParsingException e) {
      if (complete) {
        throw trailing();
      }
      throw MalformedBodyException.document("The body is not valid JSON" + at(e.getLocation()));
    } catch (JsonException | IllegalStateException e) {
      throw MalformedBodyException.document("The body is not valid JSON");
    } finally {
      json.parser.close();
    }
  }

  /** JSON is UTF-8 (RFC 8259); other bytes are refused, not replaced by U+FFFD. */
  private static String utf8(byte[] body) {
    String text = Text.utf8(body);
    if (text == null) {
      throw MalformedBodyException.document("The body is not UTF-8");
    }
    return text;
  }

  private static MalformedBodyException trailing() {
    return MalformedBodyException.document(
        "The body must be exactly one JSON document: something follows it");
  }

  private JsonParser.Event next(String path) {
    if (!parser.hasNext()) {
      throw MalformedBodyException.document("The body is not valid JSON: it ends early");
    }
    return parser.next();
  }

  private JsonValue value(JsonParser.Event event, String path, int depth) {
    return switch (event) {
      case START_OBJECT -> object(path, depth + 1);
      case START_ARRAY -> array(path, depth + 1);
      case VALUE_NUMBER -> number(path);
      default -> parser.getValue();
    };
  }

  private JsonValue number(String path) {
    if (parser.getString().length() > MAX_NUMBER_LENGTH) {
      throw MalformedBodyException.field(
          path.isEmpty() ? "$" : path,
          "OUT_OF_RANGE",
          "is a number of more than " + MAX_NUMBER_LENGTH + " characters");
    }
    return parser.getValue();
  }

  private JsonValue object(String path, int depth) {
    deepest(path, depth);
    JsonObjectBuilder object = PROVIDER.createObjectBuilder();
    Set<String> names = new HashSet<>();
    for (JsonParser.Event event = next(path);
        event != JsonParser.Event.END_OBJECT;
        event = next(path)) {
      String name = parser.getString();
      String at = path.isEmpty() ? name : path + "." + name;
      if (!names.add(name)) {
        throw MalformedBodyException.field(at, "DUPLICATE_PROPERTY", "is given more than once");
      }
      object.add(name, value(next(at), at, depth));
    }
    return object.build();
  }

  private JsonValue array(String path, int depth) {
    deepest(path, depth);
    JsonArrayBuilder array = PROVIDER.createArrayBuilder();
    int index = 0;
    for (JsonParser.Event event = next(path);
        event != JsonParser.Event.END_ARRAY;
        event = next(path)) {
      array.add(value(event, path + "[" + index++ + "]", depth));
    }
    return array.build();
  }

  private static void deepest(String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw MalformedBodyException.field(
          path.isEmpty() ? "$" : path,
          "TOO_DEEP",
          "nests objects and arrays deeper than " + MAX_DEPTH);
    }
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }
}
